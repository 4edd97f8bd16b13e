/** Examples of the Everhour detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'everhour.api-key': {
    positive: [
      `EVERHOUR_API_KEY=«${fake(HEX, 4, 'ever0a1')}-${fake(HEX, 4, 'ever0a2')}-${fake(HEX, 6, 'ever0a3')}-${fake(HEX, 6, 'ever0a4')}-${fake(HEX, 8, 'ever0a5')}»`,
      `{ "everhour_api_key": "«${fake(HEX, 4, 'ever0b1')}-${fake(HEX, 4, 'ever0b2')}-${fake(HEX, 6, 'ever0b3')}-${fake(HEX, 6, 'ever0b4')}-${fake(HEX, 8, 'ever0b5')}»" }`,
      `const everhourApiKey = '«${fake(HEX, 4, 'ever0d1')}-${fake(HEX, 4, 'ever0d2')}-${fake(HEX, 6, 'ever0d3')}-${fake(HEX, 6, 'ever0d4')}-${fake(HEX, 8, 'ever0d5')}»';`,
    ],
    negative: [
      `EVERHOUR_API_KEY=${fake(HEX, 4, 'ever0c1')}-${fake(HEX, 4, 'ever0c2')}-${fake(HEX, 6, 'ever0c3')}`,
      `EVERHOUR_API_KEY=0000-0000-000000-000000-00000000`,
      `EVERHOUR_API_KEY=${'$'}{EVERHOUR_API_KEY}`,
      `EVERHOUR_ACCOUNT_ID=${fake(HEX, 4, 'ever0e1')}-${fake(HEX, 4, 'ever0e2')}-${fake(HEX, 6, 'ever0e3')}-${fake(HEX, 6, 'ever0e4')}-${fake(HEX, 8, 'ever0e5')}`,
    ],
  },
};
