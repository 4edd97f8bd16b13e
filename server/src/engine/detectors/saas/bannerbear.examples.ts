/** Examples of the Bannerbear detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'bannerbear.api-key': {
    positive: [
      `BANNERBEAR_API_KEY=«${fakeMixed(B62, 22, 'bann0a')}tt»`,
      `{ "bannerbear_api_key": "«${fakeMixed(B62, 22, 'bann0b')}tt»" }`,
      `const bannerbearApiKey = '«${fakeMixed(B62, 22, 'bann0d')}tt»';`,
    ],
    negative: [
      `BANNERBEAR_API_KEY=${fakeMixed(B62, 18, 'bann0c')}tt`,
      `BANNERBEAR_API_KEY=xxxxxxxxxxxxxxxxxxxxxxtt`,
      `BANNERBEAR_API_KEY=${'$'}{BANNERBEAR_API_KEY}`,
      `BANNERBEAR_ACCOUNT_ID=${fakeMixed(B62, 22, 'bann0e')}tt`,
    ],
  },
};
