/** Examples of the Detectify detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'detectify.api-key': {
    positive: [
      `DETECTIFY_API_KEY=«${fake(LOWER_DIGITS, 32, 'dete0a')}»`,
      `{ "detectify_api_key": "«${fake(LOWER_DIGITS, 32, 'dete0b')}»" }`,
      `const detectifyApiKey = '«${fake(LOWER_DIGITS, 32, 'dete0d')}»';`,
    ],
    negative: [
      `DETECTIFY_API_KEY=${fake(LOWER_DIGITS, 28, 'dete0c')}`,
      `DETECTIFY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `DETECTIFY_API_KEY=${'$'}{DETECTIFY_API_KEY}`,
      `DETECTIFY_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'dete0e')}`,
    ],
  },
};
