/** Examples of the CurrencyFreaks detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'currencyfreaks.api-key': {
    positive: [
      `CURRENCYFREAKS_API_KEY=«${fake(LOWER_DIGITS, 32, 'curr0a')}»`,
      `{ "currencyfreaks_api_key": "«${fake(LOWER_DIGITS, 32, 'curr0b')}»" }`,
      `const currencyfreaksApiKey = '«${fake(LOWER_DIGITS, 32, 'curr0d')}»';`,
    ],
    negative: [
      `CURRENCYFREAKS_API_KEY=${fake(LOWER_DIGITS, 28, 'curr0c')}`,
      `CURRENCYFREAKS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CURRENCYFREAKS_API_KEY=${'$'}{CURRENCYFREAKS_API_KEY}`,
      `CURRENCYFREAKS_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'curr0e')}`,
    ],
  },
};
