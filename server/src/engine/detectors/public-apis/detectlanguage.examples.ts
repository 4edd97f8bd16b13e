/** Examples of the Detect Language detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'detectlanguage.api-key': {
    positive: [
      `DETECTLANGUAGE_API_KEY=«${fake(LOWER_DIGITS, 32, 'dete0a')}»`,
      `{ "detectlanguage_api_key": "«${fake(LOWER_DIGITS, 32, 'dete0b')}»" }`,
      `const detectlanguageApiKey = '«${fake(LOWER_DIGITS, 32, 'dete0d')}»';`,
    ],
    negative: [
      `DETECTLANGUAGE_API_KEY=${fake(LOWER_DIGITS, 28, 'dete0c')}`,
      `DETECTLANGUAGE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `DETECTLANGUAGE_API_KEY=${'$'}{DETECTLANGUAGE_API_KEY}`,
      `DETECTLANGUAGE_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'dete0e')}`,
    ],
  },
};
