/** Examples of the Kit (ConvertKit) detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'convertkit.api-key': {
    positive: [
      `CONVERTKIT_API_KEY=«${fakeMixed(B62, 22, 'conv0a')}»`,
      `{ "convertkit_api_key": "«${fakeMixed(B62, 22, 'conv0b')}»" }`,
      `const convertkitApiKey = '«${fakeMixed(B62, 22, 'conv0d')}»';`,
    ],
    negative: [
      `CONVERTKIT_API_KEY=${fakeMixed(B62, 16, 'conv0c')}`,
      `CONVERTKIT_API_KEY=xxxxxxxxxxxxxxxxxxxxxx`,
      `CONVERTKIT_API_KEY=${'$'}{CONVERTKIT_API_KEY}`,
      `CONVERTKIT_ACCOUNT_ID=${fakeMixed(B62, 22, 'conv0e')}`,
    ],
  },
};
