/** Examples of the vectara detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'vectara.api-key': {
    positive: [
      `VECTARA_API_KEY=«zut_${fake(B64URL, 38, 'vc1')}»`,
      `VECTARA_INDEX_API_KEY = "«zwt_${fake(B64URL, 38, 'vc2')}»"`,
      `vectara:\n  query_key: «zqt_${fake(B64URL, 38, 'vc3')}»`,
    ],
    negative: [
      'VECTARA_CUSTOMER_ID = "1452235940"',
      `VECTARA_API_KEY=zqt_${fake(B64URL, 20, 'short')}`,
      `VECTARA_API_KEY=zqt_${'x'.repeat(38)}`,
    ],
  },
};
