/** Examples of the shotstack detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'shotstack.api-key': {
    positive: [
      `SHOTSTACK_API_KEY=«${fake(B62, 40, 'shotstack1')}»`,
      `credentials:\n  shot_stack_token: "«${fake(B62, 40, 'shotstack2')}»"`,
      `const shotStackSecret = '«${fake(B62, 40, 'shotstack3')}»';`,
    ],
    negative: [
      `SHOTSTACK_ACCOUNT_ID=${fake(B62, 40, 'shotstack4')}`,
      `SHOTSTACK_API_KEY=${fake(B62, 40, 'shotstack5')}${fake(B62, 6, 'tail')}`,
      `# Shotstack settings\nAPI_KEY=${fake(B62, 40, 'shotstack6')}`,
      `SHOTSTACK_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
