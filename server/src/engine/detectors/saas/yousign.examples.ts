/** Examples of the yousign detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'yousign.api-key': {
    positive: [
      `YOUSIGN_API_KEY=«${fake(B62, 32, 'yousign1')}»`,
      `credentials:\n  you_sign_token: "«${fake(B62, 32, 'yousign2')}»"`,
      `const youSignSecret = '«${fake(B62, 32, 'yousign3')}»';`,
    ],
    negative: [
      `YOUSIGN_ACCOUNT_ID=${fake(B62, 32, 'yousign4')}`,
      `YOUSIGN_API_KEY=${fake(B62, 32, 'yousign5')}${fake(B62, 6, 'tail')}`,
      `# Yousign settings\nAPI_KEY=${fake(B62, 32, 'yousign6')}`,
      `YOUSIGN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
