/** Examples of the HERE platform detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'here.api-key': {
    positive: [
      `HERE_API_KEY=«${fakeMixed(B64URL, 43, 'here0a')}»`,
      `{ "here_api_key": "«${fakeMixed(B64URL, 43, 'here0b')}»" }`,
      `const hereApiKey = '«${fakeMixed(B64URL, 43, 'here0d')}»';`,
    ],
    negative: [
      `HERE_API_KEY=${fake(B64URL, 39, 'here0c')}`,
      `HERE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `HERE_API_KEY=${'$'}{HERE_API_KEY}`,
      `HERE_ACCOUNT_ID=${fakeMixed(B64URL, 43, 'here0e')}`,
    ],
  },
};
