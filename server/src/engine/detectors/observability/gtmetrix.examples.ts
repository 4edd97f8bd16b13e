/** Examples of the GTmetrix detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'gtmetrix.api-key': {
    positive: [
      `GTMETRIX_API_KEY=«${fake(HEX, 32, 'gtme0a')}»`,
      `{ "gtmetrix_api_key": "«${fake(HEX, 32, 'gtme0b')}»" }`,
      `const gtmetrixApiKey = '«${fake(HEX, 32, 'gtme0d')}»';`,
    ],
    negative: [
      `GTMETRIX_API_KEY=${fake(HEX, 28, 'gtme0c')}`,
      `GTMETRIX_API_KEY=00000000000000000000000000000000`,
      `GTMETRIX_API_KEY=${'$'}{GTMETRIX_API_KEY}`,
      `GTMETRIX_ACCOUNT_ID=${fake(HEX, 32, 'gtme0e')}`,
    ],
  },
};
