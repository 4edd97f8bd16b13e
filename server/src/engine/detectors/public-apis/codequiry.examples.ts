/** Examples of the Codequiry detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'codequiry.api-key': {
    positive: [
      `CODEQUIRY_API_KEY=«${fakeMixed(B62, 64, 'code0a')}»`,
      `{ "codequiry_api_key": "«${fakeMixed(B62, 64, 'code0b')}»" }`,
      `const codequiryApiKey = '«${fakeMixed(B62, 64, 'code0d')}»';`,
    ],
    negative: [
      `CODEQUIRY_API_KEY=${fake(B62, 60, 'code0c')}`,
      `CODEQUIRY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CODEQUIRY_API_KEY=${'$'}{CODEQUIRY_API_KEY}`,
      `CODEQUIRY_ACCOUNT_ID=${fakeMixed(B62, 64, 'code0e')}`,
    ],
  },
};
