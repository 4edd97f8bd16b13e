/** Examples of the APILayer detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'apilayer.api-key': {
    positive: [
      `APILAYER_API_KEY=«${fakeMixed(B62, 32, 'apil0a')}»`,
      `{ "apilayer_api_key": "«${fakeMixed(B62, 32, 'apil0b')}»" }`,
      `const apilayerApiKey = '«${fakeMixed(B62, 32, 'apil0d')}»';`,
    ],
    negative: [
      `APILAYER_API_KEY=${fake(B62, 28, 'apil0c')}`,
      `APILAYER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `APILAYER_API_KEY=${'$'}{APILAYER_API_KEY}`,
      `APILAYER_ACCOUNT_ID=${fakeMixed(B62, 32, 'apil0e')}`,
    ],
  },
};
