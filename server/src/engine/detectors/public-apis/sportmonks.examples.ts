/** Examples of the sportmonks detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sportmonks.api-key': {
    positive: [
      `SPORTMONKS_API_KEY=«${fake(B62, 60, 'sportmonks1')}»`,
      `credentials:\n  sport_monks_token: "«${fake(B62, 60, 'sportmonks2')}»"`,
      `const sportMonksSecret = '«${fake(B62, 60, 'sportmonks3')}»';`,
    ],
    negative: [
      `SPORTMONKS_ACCOUNT_ID=${fake(B62, 60, 'sportmonks4')}`,
      `SPORTMONKS_API_KEY=${fake(B62, 60, 'sportmonks5')}${fake(B62, 6, 'tail')}`,
      `# Sportmonks settings\nAPI_KEY=${fake(B62, 60, 'sportmonks6')}`,
      `SPORTMONKS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
