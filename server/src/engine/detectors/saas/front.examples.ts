/** Examples of the Front detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'front.api-token': {
    positive: [
      `FRONT_API_TOKEN=«eyJ${fake(B62, 33, 'fron0a')}.${fake(B64URL, 200, 'fron0ap')}»`,
      `{ "front_api_token": "«eyJ${fake(B62, 33, 'fron0b')}.${fake(B64URL, 200, 'fron0bp')}»" }`,
      `const frontApiToken = '«eyJ${fake(B62, 33, 'fron0d')}.${fake(B64URL, 200, 'fron0dp')}»';`,
    ],
    negative: [
      `FRONT_API_TOKEN=eyJ${fake(B62, 33, 'fron0c')}.${fake(B64URL, 120, 'fron0cp')}`,
      `FRONT_API_TOKEN=eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `FRONT_API_TOKEN=${'$'}{FRONT_API_TOKEN}`,
      `FRONT_ACCOUNT_ID=eyJ${fake(B62, 33, 'fron0e')}.${fake(B64URL, 200, 'fron0ep')}`,
      `FRONTEND_API_TOKEN=eyJ${fake(B62, 33, 'fe')}.${fake(B64URL, 200, 'fe2')}`,
    ],
  },
};
