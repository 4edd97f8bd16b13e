/** Examples of the Browshot detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'browshot.api-key': {
    positive: [
      `BROWSHOT_API_KEY=«${fakeMixed(B62, 28, 'brow0a')}»`,
      `{ "browshot_api_key": "«${fakeMixed(B62, 28, 'brow0b')}»" }`,
      `const browshotApiKey = '«${fakeMixed(B62, 28, 'brow0d')}»';`,
    ],
    negative: [
      `BROWSHOT_API_KEY=${fake(B62, 24, 'brow0c')}`,
      `BROWSHOT_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `BROWSHOT_API_KEY=${'$'}{BROWSHOT_API_KEY}`,
      `BROWSHOT_ACCOUNT_ID=${fakeMixed(B62, 28, 'brow0e')}`,
    ],
  },
};
