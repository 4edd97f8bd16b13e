/** Examples of the Fixer detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'fixer.api-key': {
    positive: [
      `FIXER_API_KEY=«${fakeMixed(B62, 32, 'fixe0a')}»`,
      `{ "fixer_api_key": "«${fakeMixed(B62, 32, 'fixe0b')}»" }`,
      `const fixerApiKey = '«${fakeMixed(B62, 32, 'fixe0d')}»';`,
    ],
    negative: [
      `FIXER_API_KEY=${fake(B62, 28, 'fixe0c')}`,
      `FIXER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `FIXER_API_KEY=${'$'}{FIXER_API_KEY}`,
      `FIXER_ACCOUNT_ID=${fakeMixed(B62, 32, 'fixe0e')}`,
    ],
  },
};
