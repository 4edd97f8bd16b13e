/** Examples of the Gitter detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'gitter.access-token': {
    positive: [
      `GITTER_ACCESS_TOKEN=«${fake(HEX, 40, 'gitt0a')}»`,
      `{ "gitter_access_token": "«${fake(HEX, 40, 'gitt0b')}»" }`,
      `const gitterAccessToken = '«${fake(HEX, 40, 'gitt0d')}»';`,
    ],
    negative: [
      `GITTER_ACCESS_TOKEN=${fake(HEX, 36, 'gitt0c')}`,
      `GITTER_ACCESS_TOKEN=0000000000000000000000000000000000000000`,
      `GITTER_ACCESS_TOKEN=${'$'}{GITTER_ACCESS_TOKEN}`,
      `GITTER_ACCOUNT_ID=${fake(HEX, 40, 'gitt0e')}`,
    ],
  },
};
