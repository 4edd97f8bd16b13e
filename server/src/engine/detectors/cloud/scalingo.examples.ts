/** Examples of the Scalingo detectors (test data: never imported by the runtime). */
import { B64URL, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scalingo.api-token': {
    positive: [`SCALINGO_API_TOKEN=«tk-us-${fakeMixed(B64URL, 48, 'scalingo')}»`],
    negative: [`tk-us-${'x'.repeat(48)}`],
  },
};
