/** Examples of the currencylayer detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'currencylayer.api-key': {
    positive: [
      `CURRENCYLAYER_API_KEY=«${fake(LOWER_DIGITS, 32, 'curr0a')}»`,
      `{ "currencylayer_api_key": "«${fake(LOWER_DIGITS, 32, 'curr0b')}»" }`,
      `const currencylayerApiKey = '«${fake(LOWER_DIGITS, 32, 'curr0d')}»';`,
    ],
    negative: [
      `CURRENCYLAYER_API_KEY=${fake(LOWER_DIGITS, 28, 'curr0c')}`,
      `CURRENCYLAYER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CURRENCYLAYER_API_KEY=${'$'}{CURRENCYLAYER_API_KEY}`,
      `CURRENCYLAYER_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'curr0e')}`,
    ],
  },
};
