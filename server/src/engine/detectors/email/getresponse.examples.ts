/** Examples of the GetResponse detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'getresponse.api-key': {
    positive: [
      `GETRESPONSE_API_KEY=«${fake(LOWER_DIGITS, 32, 'getr0a')}»`,
      `{ "getresponse_api_key": "«${fake(LOWER_DIGITS, 32, 'getr0b')}»" }`,
      `const getresponseApiKey = '«${fake(LOWER_DIGITS, 32, 'getr0d')}»';`,
    ],
    negative: [
      `GETRESPONSE_API_KEY=${fake(LOWER_DIGITS, 28, 'getr0c')}`,
      `GETRESPONSE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `GETRESPONSE_API_KEY=${'$'}{GETRESPONSE_API_KEY}`,
      `GETRESPONSE_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'getr0e')}`,
    ],
  },
};
