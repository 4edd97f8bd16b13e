/** Examples of the walkscore detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'walkscore.api-key': {
    positive: [
      `WALKSCORE_API_KEY=«${fake(B62, 32, 'walkscore1')}»`,
      `credentials:\n  walk_score_token: "«${fake(B62, 32, 'walkscore2')}»"`,
      `const walkScoreSecret = '«${fake(B62, 32, 'walkscore3')}»';`,
    ],
    negative: [
      `WALKSCORE_ACCOUNT_ID=${fake(B62, 32, 'walkscore4')}`,
      `WALKSCORE_API_KEY=${fake(B62, 32, 'walkscore5')}${fake(B62, 6, 'tail')}`,
      `# Walk Score settings\nAPI_KEY=${fake(B62, 32, 'walkscore6')}`,
      `WALKSCORE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
