/** Examples of the BugHerd detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'bugherd.api-key': {
    positive: [
      `BUGHERD_API_KEY=«${fake(LOWER_DIGITS, 22, 'bugh0a')}»`,
      `{ "bugherd_api_key": "«${fake(LOWER_DIGITS, 22, 'bugh0b')}»" }`,
      `const bugherdApiKey = '«${fake(LOWER_DIGITS, 22, 'bugh0d')}»';`,
    ],
    negative: [
      `BUGHERD_API_KEY=${fake(LOWER_DIGITS, 18, 'bugh0c')}`,
      `BUGHERD_API_KEY=xxxxxxxxxxxxxxxxxxxxxx`,
      `BUGHERD_API_KEY=${'$'}{BUGHERD_API_KEY}`,
      `BUGHERD_ACCOUNT_ID=${fake(LOWER_DIGITS, 22, 'bugh0e')}`,
    ],
  },
};
