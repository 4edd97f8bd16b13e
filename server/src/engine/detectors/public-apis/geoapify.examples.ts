/** Examples of the Geoapify detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'geoapify.api-key': {
    positive: [
      `GEOAPIFY_API_KEY=«${fake(LOWER_DIGITS, 32, 'geoa0a')}»`,
      `{ "geoapify_api_key": "«${fake(LOWER_DIGITS, 32, 'geoa0b')}»" }`,
      `const geoapifyApiKey = '«${fake(LOWER_DIGITS, 32, 'geoa0d')}»';`,
    ],
    negative: [
      `GEOAPIFY_API_KEY=${fake(LOWER_DIGITS, 28, 'geoa0c')}`,
      `GEOAPIFY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `GEOAPIFY_API_KEY=${'$'}{GEOAPIFY_API_KEY}`,
      `GEOAPIFY_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'geoa0e')}`,
    ],
  },
};
