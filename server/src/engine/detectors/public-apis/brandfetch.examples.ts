/** Examples of the Brandfetch detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'brandfetch.api-key': {
    positive: [
      `BRANDFETCH_API_KEY=«${fakeMixed(B62, 40, 'bran0a')}»`,
      `{ "brandfetch_api_key": "«${fakeMixed(B62, 40, 'bran0b')}»" }`,
      `const brandfetchApiKey = '«${fakeMixed(B62, 40, 'bran0d')}»';`,
    ],
    negative: [
      `BRANDFETCH_API_KEY=${fake(B62, 36, 'bran0c')}`,
      `BRANDFETCH_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `BRANDFETCH_API_KEY=${'$'}{BRANDFETCH_API_KEY}`,
      `BRANDFETCH_ACCOUNT_ID=${fakeMixed(B62, 40, 'bran0e')}`,
    ],
  },
};
