/** Examples of the duffel detectors (test data: never imported by the runtime). */
import { B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'duffel.api-token': {
    positive: [
      `DUFFEL_ACCESS_TOKEN=«duffel_live_${fake(B64URL, 43, 'du1')}»`,
      `duffel = Duffel(access_token="«duffel_test_${fake(B64URL, 43, 'du2')}»")`,
    ],
    negative: ['DUFFEL_ACCESS_TOKEN=duffel_test_<token>', 'DUFFEL_ACCESS_TOKEN=duffel_live_...'],
  },
};
