/** Examples of the Codemagic detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'codemagic.api-token': {
    positive: [
      `CODEMAGIC_API_TOKEN=«${fakeMixed(B62, 43, 'code0a')}»`,
      `{ "codemagic_api_token": "«${fakeMixed(B62, 43, 'code0b')}»" }`,
      `const codemagicApiToken = '«${fakeMixed(B62, 43, 'code0d')}»';`,
    ],
    negative: [
      `CODEMAGIC_API_TOKEN=${fakeMixed(B62, 30, 'code0c')}`,
      `CODEMAGIC_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CODEMAGIC_API_TOKEN=${'$'}{CODEMAGIC_API_TOKEN}`,
      `CODEMAGIC_ACCOUNT_ID=${fakeMixed(B62, 43, 'code0e')}`,
    ],
  },
};
