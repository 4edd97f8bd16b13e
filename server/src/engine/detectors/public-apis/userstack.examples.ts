/** Examples of the userstack detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'userstack.api-key': {
    positive: [
      `USERSTACK_API_KEY=«${fake(B62, 32, 'userstack1')}»`,
      `credentials:\n  user_stack_token: "«${fake(B62, 32, 'userstack2')}»"`,
      `const userStackSecret = '«${fake(B62, 32, 'userstack3')}»';`,
    ],
    negative: [
      `USERSTACK_ACCOUNT_ID=${fake(B62, 32, 'userstack4')}`,
      `USERSTACK_API_KEY=${fake(B62, 32, 'userstack5')}${fake(B62, 6, 'tail')}`,
      `# userstack settings\nAPI_KEY=${fake(B62, 32, 'userstack6')}`,
      `USERSTACK_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
