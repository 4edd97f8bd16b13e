/** Examples of the coinlayer detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'coinlayer.api-key': {
    positive: [
      `COINLAYER_API_KEY=«${fake(LOWER_DIGITS, 32, 'coin0a')}»`,
      `{ "coinlayer_api_key": "«${fake(LOWER_DIGITS, 32, 'coin0b')}»" }`,
      `const coinlayerApiKey = '«${fake(LOWER_DIGITS, 32, 'coin0d')}»';`,
    ],
    negative: [
      `COINLAYER_API_KEY=${fake(LOWER_DIGITS, 28, 'coin0c')}`,
      `COINLAYER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `COINLAYER_API_KEY=${'$'}{COINLAYER_API_KEY}`,
      `COINLAYER_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'coin0e')}`,
    ],
  },
};
