/** Examples of the APITemplate.io detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'apitemplate.api-key': {
    positive: [
      `APITEMPLATE_API_KEY=«${fakeMixed(B62, 39, 'apit0a')}»`,
      `{ "apitemplate_api_key": "«${fakeMixed(B62, 39, 'apit0b')}»" }`,
      `const apitemplateApiKey = '«${fakeMixed(B62, 39, 'apit0d')}»';`,
    ],
    negative: [
      `APITEMPLATE_API_KEY=${fake(B62, 35, 'apit0c')}`,
      `APITEMPLATE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `APITEMPLATE_API_KEY=${'$'}{APITEMPLATE_API_KEY}`,
      `APITEMPLATE_ACCOUNT_ID=${fakeMixed(B62, 39, 'apit0e')}`,
    ],
  },
};
