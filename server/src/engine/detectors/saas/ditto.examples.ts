/** Examples of the Ditto detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeUuid, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ditto.api-key': {
    positive: [
      `DITTO_API_KEY=«${fakeUuid('ditt0a')}.${fake(HEX, 40, 'ditt0ah')}»`,
      `{ "ditto_api_key": "«${fakeUuid('ditt0b')}.${fake(HEX, 40, 'ditt0bh')}»" }`,
      `const dittoApiKey = '«${fakeUuid('ditt0d')}.${fake(HEX, 40, 'ditt0dh')}»';`,
    ],
    negative: [
      `DITTO_API_KEY=${fakeUuid('ditt0c')}.${fake(HEX, 20, 'ditt0ch')}`,
      `DITTO_API_KEY=00000000-0000-0000-0000-000000000000.0000000000000000000000000000000000000000`,
      `DITTO_API_KEY=${'$'}{DITTO_API_KEY}`,
      `DITTO_ACCOUNT_ID=${fakeUuid('ditt0e')}.${fake(HEX, 40, 'ditt0eh')}`,
    ],
  },
};
