/** Examples of the salesflare detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'salesflare.api-key': {
    positive: [
      `SALESFLARE_API_KEY=«${fake(B62, 45, 'salesflare1')}»`,
      `credentials:\n  sales_flare_token: "«${fake(B62, 45, 'salesflare2')}»"`,
      `const salesFlareSecret = '«${fake(B62, 45, 'salesflare3')}»';`,
    ],
    negative: [
      `SALESFLARE_ACCOUNT_ID=${fake(B62, 45, 'salesflare4')}`,
      `SALESFLARE_API_KEY=${fake(B62, 45, 'salesflare5')}${fake(B62, 6, 'tail')}`,
      `# Salesflare settings\nAPI_KEY=${fake(B62, 45, 'salesflare6')}`,
      `SALESFLARE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
