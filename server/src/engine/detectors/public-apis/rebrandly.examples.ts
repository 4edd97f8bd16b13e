/** Examples of the rebrandly detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'rebrandly.api-key': {
    positive: [
      `REBRANDLY_API_KEY=«${fake(B62, 32, 'rebrandly1')}»`,
      `credentials:\n  rebrandly_token: "«${fake(B62, 32, 'rebrandly2')}»"`,
      `const rebrandlySecret = '«${fake(B62, 32, 'rebrandly3')}»';`,
    ],
    negative: [
      `REBRANDLY_ACCOUNT_ID=${fake(B62, 32, 'rebrandly4')}`,
      `REBRANDLY_API_KEY=${fake(B62, 32, 'rebrandly5')}${fake(B62, 6, 'tail')}`,
      `# Rebrandly settings\nAPI_KEY=${fake(B62, 32, 'rebrandly6')}`,
      `REBRANDLY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
