/** Examples of the CurrencyScoop detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'currencyscoop.api-key': {
    positive: [
      `CURRENCYSCOOP_API_KEY=«${fake(LOWER_DIGITS, 32, 'curr0a')}»`,
      `{ "currencyscoop_api_key": "«${fake(LOWER_DIGITS, 32, 'curr0b')}»" }`,
      `const currencyscoopApiKey = '«${fake(LOWER_DIGITS, 32, 'curr0d')}»';`,
    ],
    negative: [
      `CURRENCYSCOOP_API_KEY=${fake(LOWER_DIGITS, 28, 'curr0c')}`,
      `CURRENCYSCOOP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CURRENCYSCOOP_API_KEY=${'$'}{CURRENCYSCOOP_API_KEY}`,
      `CURRENCYSCOOP_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'curr0e')}`,
    ],
  },
};
