/** Examples of the timecamp detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'timecamp.api-key': {
    positive: [
      `TIMECAMP_API_KEY=«${fake(B62, 26, 'timecamp1')}»`,
      `credentials:\n  time_camp_token: "«${fake(B62, 26, 'timecamp2')}»"`,
      `const timeCampSecret = '«${fake(B62, 26, 'timecamp3')}»';`,
    ],
    negative: [
      `TIMECAMP_ACCOUNT_ID=${fake(B62, 26, 'timecamp4')}`,
      `TIMECAMP_API_KEY=${fake(B62, 26, 'timecamp5')}${fake(B62, 6, 'tail')}`,
      `# TimeCamp settings\nAPI_KEY=${fake(B62, 26, 'timecamp6')}`,
      `TIMECAMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
