/** Examples of the serpstack detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'serpstack.api-key': {
    positive: [
      `SERPSTACK_API_KEY=«${fake(B62, 32, 'serpstack1')}»`,
      `credentials:\n  serp_stack_token: "«${fake(B62, 32, 'serpstack2')}»"`,
      `const serpStackSecret = '«${fake(B62, 32, 'serpstack3')}»';`,
    ],
    negative: [
      `SERPSTACK_ACCOUNT_ID=${fake(B62, 32, 'serpstack4')}`,
      `SERPSTACK_API_KEY=${fake(B62, 32, 'serpstack5')}${fake(B62, 6, 'tail')}`,
      `# serpstack settings\nAPI_KEY=${fake(B62, 32, 'serpstack6')}`,
      `SERPSTACK_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
