/** Examples of the Budibase detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'budibase.api-key': {
    positive: [
      `BUDIBASE_API_KEY=«${fake(HEX, 32, 'budi0a')}-${fake(HEX, 80, 'budi0ab')}»`,
      `{ "budibase_api_key": "«${fake(HEX, 32, 'budi0b')}-${fake(HEX, 80, 'budi0bb')}»" }`,
      `const budibaseApiKey = '«${fake(HEX, 32, 'budi0d')}-${fake(HEX, 80, 'budi0db')}»';`,
    ],
    negative: [
      `BUDIBASE_API_KEY=${fake(HEX, 32, 'budi0c')}-${fake(HEX, 40, 'budi0cb')}`,
      `BUDIBASE_API_KEY=00000000000000000000000000000000-00000000000000000000000000000000000000000000000000000000000000000000000000000000`,
      `BUDIBASE_API_KEY=${'$'}{BUDIBASE_API_KEY}`,
      `BUDIBASE_ACCOUNT_ID=${fake(HEX, 32, 'budi0e')}-${fake(HEX, 80, 'budi0eb')}`,
    ],
  },
};
