/** Examples of the Gumroad detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'gumroad.access-token': {
    positive: [
      `GUMROAD_ACCESS_TOKEN=«${fakeMixed(B64URL, 43, 'gumr0a')}»`,
      `{ "gumroad_access_token": "«${fakeMixed(B64URL, 43, 'gumr0b')}»" }`,
      `const gumroadAccessToken = '«${fakeMixed(B64URL, 43, 'gumr0d')}»';`,
    ],
    negative: [
      `GUMROAD_ACCESS_TOKEN=${fake(B64URL, 39, 'gumr0c')}`,
      `GUMROAD_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `GUMROAD_ACCESS_TOKEN=${'$'}{GUMROAD_ACCESS_TOKEN}`,
      `GUMROAD_ACCOUNT_ID=${fakeMixed(B64URL, 43, 'gumr0e')}`,
    ],
  },
};
