/** Examples of the Gyazo detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'gyazo.access-token': {
    positive: [
      `GYAZO_ACCESS_TOKEN=«${fakeMixed(B64URL, 43, 'gyaz0a')}»`,
      `{ "gyazo_access_token": "«${fakeMixed(B64URL, 43, 'gyaz0b')}»" }`,
      `const gyazoAccessToken = '«${fakeMixed(B64URL, 43, 'gyaz0d')}»';`,
    ],
    negative: [
      `GYAZO_ACCESS_TOKEN=${fake(B64URL, 39, 'gyaz0c')}`,
      `GYAZO_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `GYAZO_ACCESS_TOKEN=${'$'}{GYAZO_ACCESS_TOKEN}`,
      `GYAZO_ACCOUNT_ID=${fakeMixed(B64URL, 43, 'gyaz0e')}`,
    ],
  },
};
