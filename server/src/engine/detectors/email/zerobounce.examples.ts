/** Examples of the zerobounce detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zerobounce.api-key': {
    positive: [
      `ZEROBOUNCE_API_KEY=«${fake(B62, 32, 'zerobounceb1')}»`,
      `credentials:\n  zero_bounce_token: "«${fake(B62, 32, 'zerobounceb2')}»"`,
      `const zeroBounceSecret = '«${fake(B62, 32, 'zerobounceb3')}»';`,
    ],
    negative: [
      `ZEROBOUNCE_ACCOUNT_ID=${fake(B62, 32, 'zerobounceb4')}`,
      `ZEROBOUNCE_API_KEY=${fake(B62, 32, 'zerobounceb5')}${fake(B62, 6, 'tail')}`,
      `# ZeroBounce settings\nAPI_KEY=${fake(B62, 32, 'zerobounceb6')}`,
      `ZEROBOUNCE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
