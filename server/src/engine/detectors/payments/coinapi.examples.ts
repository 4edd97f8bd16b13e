/** Examples of the CoinAPI detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'coinapi.api-key': {
    positive: [
      `COIN_API_KEY=«${fakeUuid('coin-k')}»`,
      `COINAPI_API_KEY=«${fakeUuid('coin0a')}»`,
      `{ "coinapi_api_key": "«${fakeUuid('coin0b')}»" }`,
      `const coinapiApiKey = '«${fakeUuid('coin0d')}»';`,
    ],
    negative: [
      `COINAPI_API_KEY=${fakeUuid('coin0c').slice(0, 30)}`,
      `COINAPI_API_KEY=00000000-0000-0000-0000-000000000000`,
      `COINAPI_API_KEY=${'$'}{COINAPI_API_KEY}`,
      `COINAPI_ACCOUNT_ID=${fakeUuid('coin0e')}`,
    ],
  },
};
