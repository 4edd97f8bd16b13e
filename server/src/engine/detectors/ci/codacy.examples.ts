/** Examples of the Codacy detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'codacy.api-token': {
    positive: [
      `CODACY_API_TOKEN=«${fakeMixed(B62, 22, 'coda0a')}»`,
      `{ "codacy_api_token": "«${fakeMixed(B62, 22, 'coda0b')}»" }`,
      `const codacyApiToken = '«${fakeMixed(B62, 22, 'coda0d')}»';`,
    ],
    negative: [
      `CODACY_API_TOKEN=${fakeMixed(B62, 14, 'coda0c')}`,
      `CODACY_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxx`,
      `CODACY_API_TOKEN=${'$'}{CODACY_API_TOKEN}`,
      `CODACY_ACCOUNT_ID=${fakeMixed(B62, 22, 'coda0e')}`,
    ],
  },
};
