/** Examples of the twelvedata detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'twelvedata.api-key': {
    positive: [
      `TWELVEDATA_API_KEY=«${fake(B62, 32, 'twelvedata1')}»`,
      `credentials:\n  twelve_data_token: "«${fake(B62, 32, 'twelvedata2')}»"`,
      `const twelveDataSecret = '«${fake(B62, 32, 'twelvedata3')}»';`,
    ],
    negative: [
      `TWELVEDATA_ACCOUNT_ID=${fake(B62, 32, 'twelvedata4')}`,
      `TWELVEDATA_API_KEY=${fake(B62, 32, 'twelvedata5')}${fake(B62, 6, 'tail')}`,
      `# Twelve Data settings\nAPI_KEY=${fake(B62, 32, 'twelvedata6')}`,
      `TWELVEDATA_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
