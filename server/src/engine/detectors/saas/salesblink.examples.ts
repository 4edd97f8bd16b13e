/** Examples of the salesblink detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'salesblink.api-key': {
    positive: [
      `SALESBLINK_API_KEY=«key-${fake(B62, 64, 'salesblink1')}»`,
      `credentials:\n  sales_blink_token: "«key-${fake(B62, 64, 'salesblink2')}»"`,
      `const salesBlinkSecret = '«key-${fake(B62, 64, 'salesblink3')}»';`,
    ],
    negative: [
      `SALESBLINK_ACCOUNT_ID=key-${fake(B62, 64, 'salesblink4')}`,
      `SALESBLINK_API_KEY=key-${fake(B62, 64, 'salesblink5')}${fake(B62, 6, 'tail')}`,
      `# SalesBlink settings\nAPI_KEY=key-${fake(B62, 64, 'salesblink6')}`,
      `SALESBLINK_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
