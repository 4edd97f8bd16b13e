/** Examples of the qase detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'qase.api-key': {
    positive: [
      `QASE_API_KEY=«${fake(B62, 40, 'qase1')}»`,
      `qase_api_key: «${fake(B62, 40, 'qase2')}»`,
      `const qaseApiKey = '«${fake(B62, 40, 'qase3')}»';`,
    ],
    negative: [
      `QASE_API_KEY=${fake(B62, 36, 'short')}`,
      'QASE_API_KEY=your_qase_api_key',
      `API_KEY=${fake(B62, 40, 'qasen')}`,
      'QASE_API_KEY=${QASE_API_KEY}',
    ],
  },
};
