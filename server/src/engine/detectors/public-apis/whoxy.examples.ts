/** Examples of the whoxy detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'whoxy.api-key': {
    positive: [
      `WHOXY_API_KEY=«${fake(B62, 33, 'whoxy1')}»`,
      `credentials:\n  whoxy_token: "«${fake(B62, 33, 'whoxy2')}»"`,
      `const whoxySecret = '«${fake(B62, 33, 'whoxy3')}»';`,
    ],
    negative: [
      `WHOXY_ACCOUNT_ID=${fake(B62, 33, 'whoxy4')}`,
      `WHOXY_API_KEY=${fake(B62, 33, 'whoxy5')}${fake(B62, 6, 'tail')}`,
      `# Whoxy settings\nAPI_KEY=${fake(B62, 33, 'whoxy6')}`,
      `WHOXY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
