/** Examples of the countrylayer detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'countrylayer.api-key': {
    positive: [
      `COUNTRYLAYER_API_KEY=«${fake(LOWER_DIGITS, 32, 'coun0a')}»`,
      `{ "countrylayer_api_key": "«${fake(LOWER_DIGITS, 32, 'coun0b')}»" }`,
      `const countrylayerApiKey = '«${fake(LOWER_DIGITS, 32, 'coun0d')}»';`,
    ],
    negative: [
      `COUNTRYLAYER_API_KEY=${fake(LOWER_DIGITS, 28, 'coun0c')}`,
      `COUNTRYLAYER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `COUNTRYLAYER_API_KEY=${'$'}{COUNTRYLAYER_API_KEY}`,
      `COUNTRYLAYER_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'coun0e')}`,
    ],
  },
};
