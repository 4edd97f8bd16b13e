/** Examples of the Bitly detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'bitly.access-token': {
    positive: [
      `BITLY_ACCESS_TOKEN=«${fakeMixed(B62, 40, 'bitl0a')}»`,
      `{ "bitly_access_token": "«${fakeMixed(B62, 40, 'bitl0b')}»" }`,
      `const bitlyAccessToken = '«${fakeMixed(B62, 40, 'bitl0d')}»';`,
    ],
    negative: [
      `BITLY_ACCESS_TOKEN=${fake(B62, 36, 'bitl0c')}`,
      `BITLY_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `BITLY_ACCESS_TOKEN=${'$'}{BITLY_ACCESS_TOKEN}`,
      `BITLY_ACCOUNT_ID=${fakeMixed(B62, 40, 'bitl0e')}`,
    ],
  },
};
