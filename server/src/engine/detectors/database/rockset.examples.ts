/** Examples of the rockset detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'rockset.api-key': {
    positive: [
      `ROCKSET_API_KEY=«${fake(B62, 64, 'rockset1')}»`,
      `credentials:\n  rockset_token: "«${fake(B62, 64, 'rockset2')}»"`,
      `const rocksetSecret = '«${fake(B62, 64, 'rockset3')}»';`,
    ],
    negative: [
      `ROCKSET_ACCOUNT_ID=${fake(B62, 64, 'rockset4')}`,
      `ROCKSET_API_KEY=${fake(B62, 64, 'rockset5')}${fake(B62, 6, 'tail')}`,
      `# Rockset settings\nAPI_KEY=${fake(B62, 64, 'rockset6')}`,
      `ROCKSET_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
