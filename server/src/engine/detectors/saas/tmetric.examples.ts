/** Examples of the tmetric detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'tmetric.api-key': {
    positive: [
      `TMETRIC_API_KEY=«${fake(B62, 64, 'tmetric1')}»`,
      `credentials:\n  tmetric_token: "«${fake(B62, 64, 'tmetric2')}»"`,
      `const tmetricSecret = '«${fake(B62, 64, 'tmetric3')}»';`,
    ],
    negative: [
      `TMETRIC_ACCOUNT_ID=${fake(B62, 64, 'tmetric4')}`,
      `TMETRIC_API_KEY=${fake(B62, 64, 'tmetric5')}${fake(B62, 6, 'tail')}`,
      `# TMetric settings\nAPI_KEY=${fake(B62, 64, 'tmetric6')}`,
      `TMETRIC_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
