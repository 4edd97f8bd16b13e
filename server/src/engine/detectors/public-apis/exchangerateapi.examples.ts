/** Examples of the ExchangeRate-API detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'exchangerateapi.api-key': {
    positive: [
      `EXCHANGERATEAPI_API_KEY=«${fake(LOWER_DIGITS, 24, 'exch0a')}»`,
      `{ "exchangerateapi_api_key": "«${fake(LOWER_DIGITS, 24, 'exch0b')}»" }`,
      `const exchangerateapiApiKey = '«${fake(LOWER_DIGITS, 24, 'exch0d')}»';`,
    ],
    negative: [
      `EXCHANGERATEAPI_API_KEY=${fake(LOWER_DIGITS, 20, 'exch0c')}`,
      `EXCHANGERATEAPI_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx`,
      `EXCHANGERATEAPI_API_KEY=${'$'}{EXCHANGERATEAPI_API_KEY}`,
      `EXCHANGERATEAPI_ACCOUNT_ID=${fake(LOWER_DIGITS, 24, 'exch0e')}`,
    ],
  },
};
