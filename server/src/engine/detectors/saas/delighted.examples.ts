/** Examples of the Delighted detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'delighted.api-key': {
    positive: [
      `DELIGHTED_API_KEY=«${fakeMixed(B62, 32, 'deli0a')}»`,
      `{ "delighted_api_key": "«${fakeMixed(B62, 32, 'deli0b')}»" }`,
      `const delightedApiKey = '«${fakeMixed(B62, 32, 'deli0d')}»';`,
    ],
    negative: [
      `DELIGHTED_API_KEY=${fake(B62, 28, 'deli0c')}`,
      `DELIGHTED_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `DELIGHTED_API_KEY=${'$'}{DELIGHTED_API_KEY}`,
      `DELIGHTED_ACCOUNT_ID=${fakeMixed(B62, 32, 'deli0e')}`,
    ],
  },
};
