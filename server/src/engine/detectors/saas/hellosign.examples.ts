/** Examples of the Dropbox Sign (HelloSign) detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'hellosign.api-key': {
    positive: [
      `HELLOSIGN_API_KEY=«${fakeMixed(B62, 64, 'hell0a')}»`,
      `{ "hellosign_api_key": "«${fakeMixed(B62, 64, 'hell0b')}»" }`,
      `const hellosignApiKey = '«${fakeMixed(B62, 64, 'hell0d')}»';`,
    ],
    negative: [
      `HELLOSIGN_API_KEY=${fakeMixed(B62, 60, 'hell0c')}`,
      `HELLOSIGN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `HELLOSIGN_API_KEY=${'$'}{HELLOSIGN_API_KEY}`,
      `HELLOSIGN_ACCOUNT_ID=${fakeMixed(B62, 64, 'hell0e')}`,
    ],
  },
};
