/** Examples of the Avaza personal detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeNumber, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'avaza.access-token': {
    positive: [
      `AVAZA_ACCESS_TOKEN=«${fakeNumber(6, 'avaz0an')}-${fake(HEX, 40, 'avaz0a')}»`,
      `{ "avaza_access_token": "«${fakeNumber(6, 'avaz0bn')}-${fake(HEX, 40, 'avaz0b')}»" }`,
      `const avazaAccessToken = '«${fakeNumber(6, 'avaz0dn')}-${fake(HEX, 40, 'avaz0d')}»';`,
    ],
    negative: [
      `AVAZA_ACCESS_TOKEN=${fakeNumber(6, 'avaz0cn')}-${fake(HEX, 30, 'avaz0c')}`,
      `AVAZA_ACCESS_TOKEN=123456-0000000000000000000000000000000000000000`,
      `AVAZA_ACCESS_TOKEN=${'$'}{AVAZA_ACCESS_TOKEN}`,
      `AVAZA_ACCOUNT_ID=${fakeNumber(6, 'avaz0en')}-${fake(HEX, 40, 'avaz0e')}`,
    ],
  },
};
