/** Examples of the Atera detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'atera.api-key': {
    positive: [
      `ATERA_API_KEY=«${fake(LOWER_DIGITS, 32, 'ater0a')}»`,
      `{ "atera_api_key": "«${fake(LOWER_DIGITS, 32, 'ater0b')}»" }`,
      `const ateraApiKey = '«${fake(LOWER_DIGITS, 32, 'ater0d')}»';`,
    ],
    negative: [
      `ATERA_API_KEY=${fake(LOWER_DIGITS, 28, 'ater0c')}`,
      `ATERA_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `ATERA_API_KEY=${'$'}{ATERA_API_KEY}`,
      `ATERA_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'ater0e')}`,
    ],
  },
};
