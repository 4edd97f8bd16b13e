/** Examples of the ubidots detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ubidots.token': {
    positive: [`UBIDOTS_TOKEN=«BBFF-${fake(B62, 30, 'ub1')}»`, `headers = {"X-Auth-Token": "«BBFF-${fake(B62, 30, 'ub2')}»"}`],
    negative: [
      'UBIDOTS_TOKEN=BBFF-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `UBIDOTS_TOKEN=BBFF-${fake(B62, 24, 'short')}`,
      'color: #BBFF-AABBCCDDEEFFAABBCCDDEEFFAABBCC',
    ],
  },
};
