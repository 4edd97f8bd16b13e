/** Examples of the CryptoCompare detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cryptocompare.api-key': {
    positive: [
      `CRYPTOCOMPARE_API_KEY=«${fake(HEX, 64, 'cryp0a')}»`,
      `{ "cryptocompare_api_key": "«${fake(HEX, 64, 'cryp0b')}»" }`,
      `const cryptocompareApiKey = '«${fake(HEX, 64, 'cryp0d')}»';`,
    ],
    negative: [
      `CRYPTOCOMPARE_API_KEY=${fake(HEX, 60, 'cryp0c')}`,
      `CRYPTOCOMPARE_API_KEY=0000000000000000000000000000000000000000000000000000000000000000`,
      `CRYPTOCOMPARE_API_KEY=${'$'}{CRYPTOCOMPARE_API_KEY}`,
      `CRYPTOCOMPARE_ACCOUNT_ID=${fake(HEX, 64, 'cryp0e')}`,
    ],
  },
};
