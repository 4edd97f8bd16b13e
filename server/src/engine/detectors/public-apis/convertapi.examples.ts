/** Examples of the ConvertAPI detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'convertapi.secret': {
    positive: [
      `CONVERT_API_KEY=«${fakeMixed(B62, 16, 'conv-k')}»`,
      `CONVERTAPI_SECRET=«${fakeMixed(B62, 16, 'conv0a')}»`,
      `{ "convertapi_secret": "«${fakeMixed(B62, 16, 'conv0b')}»" }`,
      `const convertapiSecret = '«${fakeMixed(B62, 16, 'conv0d')}»';`,
    ],
    negative: [
      `CONVERTAPI_SECRET=${fake(B62, 12, 'conv0c')}`,
      `CONVERTAPI_SECRET=xxxxxxxxxxxxxxxx`,
      `CONVERTAPI_SECRET=${'$'}{CONVERTAPI_SECRET}`,
      `CONVERTAPI_ACCOUNT_ID=${fakeMixed(B62, 16, 'conv0e')}`,
    ],
  },
};
