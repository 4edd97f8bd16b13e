/** Examples of the zenrows detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zenrows.api-key': {
    positive: [
      `ZENROWS_API_KEY=«${fake(HEX, 40, 'zenrows1')}»`,
      `credentials:\n  zen_rows_token: "«${fake(HEX, 40, 'zenrows2')}»"`,
      `const zenRowsSecret = '«${fake(HEX, 40, 'zenrows3')}»';`,
    ],
    negative: [
      `ZENROWS_ACCOUNT_ID=${fake(HEX, 40, 'zenrows4')}`,
      `ZENROWS_API_KEY=${fake(HEX, 40, 'zenrows5')}${fake(B62, 6, 'tail')}`,
      `# ZenRows settings\nAPI_KEY=${fake(HEX, 40, 'zenrows6')}`,
      `ZENROWS_API_KEY=0000000000000000000000000000000000000000`,
    ],
  },
};
