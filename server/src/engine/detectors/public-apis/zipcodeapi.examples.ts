/** Examples of the zipcodeapi detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zipcodeapi.api-key': {
    positive: [
      `ZIPCODEAPI_KEY=«${fake(B62, 64, 'zipcodeapi1')}»`,
      `credentials:\n  zip_code_api_token: "«${fake(B62, 64, 'zipcodeapi2')}»"`,
      `const zipCodeApiSecret = '«${fake(B62, 64, 'zipcodeapi3')}»';`,
    ],
    negative: [
      `ZIPCODEAPI_ACCOUNT_ID=${fake(B62, 64, 'zipcodeapi4')}`,
      `ZIPCODEAPI_KEY=${fake(B62, 64, 'zipcodeapi5')}${fake(B62, 6, 'tail')}`,
      `# ZipCodeAPI settings\nAPI_KEY=${fake(B62, 64, 'zipcodeapi6')}`,
      `ZIPCODEAPI_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
