/** Examples of the Cloudmersive detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cloudmersive.api-key': {
    positive: [
      `CLOUDMERSIVE_API_KEY=«${fakeUuid('clou0a')}»`,
      `{ "cloudmersive_api_key": "«${fakeUuid('clou0b')}»" }`,
      `const cloudmersiveApiKey = '«${fakeUuid('clou0d')}»';`,
    ],
    negative: [
      `CLOUDMERSIVE_API_KEY=${fakeUuid('clou0c').slice(0, 30)}`,
      `CLOUDMERSIVE_API_KEY=00000000-0000-0000-0000-000000000000`,
      `CLOUDMERSIVE_API_KEY=${'$'}{CLOUDMERSIVE_API_KEY}`,
      `CLOUDMERSIVE_ACCOUNT_ID=${fakeUuid('clou0e')}`,
    ],
  },
};
