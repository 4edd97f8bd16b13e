/** Examples of the Infracost detectors (test data: never imported by the runtime). */
import { B62, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'infracost.api-key': {
    positive: [`INFRACOST_API_KEY=«ico-${fakeMixed(B62, 32, 'ico')}»`],
    negative: [`ico-${'x'.repeat(32)}`],
  },
};
