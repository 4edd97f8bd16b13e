/** Examples of the Aiven detectors (test data: never imported by the runtime). */
import { B64, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'aiven.token': {
    positive: [`AIVEN_TOKEN=«${fakeMixed(B64, 372, 'aiven')}»`],
    negative: ['AIVEN_TOKEN=${AIVEN_TOKEN}', `AIVEN_TOKEN=${fakeMixed(B64, 40, 'short')}`],
  },
};
