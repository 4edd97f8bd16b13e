/** Examples of the Coda detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'coda.api-token': {
    positive: [
      `CODA_API_TOKEN=«${fakeUuid('coda0a')}»`,
      `{ "coda_api_token": "«${fakeUuid('coda0b')}»" }`,
      `const codaApiToken = '«${fakeUuid('coda0d')}»';`,
    ],
    negative: [
      `CODA_API_TOKEN=${fakeUuid('coda0c').slice(0, 30)}`,
      `CODA_API_TOKEN=00000000-0000-0000-0000-000000000000`,
      `CODA_API_TOKEN=${'$'}{CODA_API_TOKEN}`,
      `CODA_ACCOUNT_ID=${fakeUuid('coda0e')}`,
    ],
  },
};
