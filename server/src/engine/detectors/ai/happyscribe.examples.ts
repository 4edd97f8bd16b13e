/** Examples of the Happy Scribe detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'happyscribe.api-key': {
    positive: [
      `HAPPYSCRIBE_API_KEY=«${fakeMixed(B62, 24, 'happ0a')}»`,
      `{ "happyscribe_api_key": "«${fakeMixed(B62, 24, 'happ0b')}»" }`,
      `const happyscribeApiKey = '«${fakeMixed(B62, 24, 'happ0d')}»';`,
    ],
    negative: [
      `HAPPYSCRIBE_API_KEY=${fake(B62, 20, 'happ0c')}`,
      `HAPPYSCRIBE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx`,
      `HAPPYSCRIBE_API_KEY=${'$'}{HAPPYSCRIBE_API_KEY}`,
      `HAPPYSCRIBE_ACCOUNT_ID=${fakeMixed(B62, 24, 'happ0e')}`,
    ],
  },
};
