/** Examples of the serphouse detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'serphouse.api-key': {
    positive: [
      `SERPHOUSE_API_KEY=«${fake(B62, 60, 'serphouse1')}»`,
      `credentials:\n  serp_house_token: "«${fake(B62, 60, 'serphouse2')}»"`,
      `const serpHouseSecret = '«${fake(B62, 60, 'serphouse3')}»';`,
    ],
    negative: [
      `SERPHOUSE_ACCOUNT_ID=${fake(B62, 60, 'serphouse4')}`,
      `SERPHOUSE_API_KEY=${fake(B62, 60, 'serphouse5')}${fake(B62, 6, 'tail')}`,
      `# SERPHouse settings\nAPI_KEY=${fake(B62, 60, 'serphouse6')}`,
      `SERPHOUSE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
