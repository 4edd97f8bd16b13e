/** Examples of the Apify detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'apify.api-token': {
    positive: [
      `APIFY_API_TOKEN=«apify_api_${fakeMixed(B62, 36, 'apif0a')}»`,
      `{ "apify_api_token": "«apify_api_${fakeMixed(B62, 36, 'apif0b')}»" }`,
    ],
    negative: [`APIFY_API_TOKEN=apify_api_${fake(B62, 32, 'apif0c')}`, `APIFY_API_TOKEN=apify_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`],
  },
};
