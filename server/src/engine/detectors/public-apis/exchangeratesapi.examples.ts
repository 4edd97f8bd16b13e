/** Examples of the exchangeratesapi.io detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'exchangeratesapi.api-key': {
    positive: [
      `EXCHANGE_RATES_API_KEY=«${fake(LOWER_DIGITS, 32, 'exch-k')}»`,
      `EXCHANGERATESAPI_API_KEY=«${fake(LOWER_DIGITS, 32, 'exch0a')}»`,
      `{ "exchangeratesapi_api_key": "«${fake(LOWER_DIGITS, 32, 'exch0b')}»" }`,
      `const exchangeratesapiApiKey = '«${fake(LOWER_DIGITS, 32, 'exch0d')}»';`,
    ],
    negative: [
      `EXCHANGERATESAPI_API_KEY=${fake(LOWER_DIGITS, 28, 'exch0c')}`,
      `EXCHANGERATESAPI_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `EXCHANGERATESAPI_API_KEY=${'$'}{EXCHANGERATESAPI_API_KEY}`,
      `EXCHANGERATESAPI_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'exch0e')}`,
    ],
  },
};
