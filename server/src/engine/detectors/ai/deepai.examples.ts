/** Examples of the DeepAI detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'deepai.api-key': {
    positive: [
      `DEEPAI_API_KEY=«${fakeUuid('deep0a')}»`,
      `{ "deepai_api_key": "«${fakeUuid('deep0b')}»" }`,
      `const deepaiApiKey = '«${fakeUuid('deep0d')}»';`,
    ],
    negative: [
      `DEEPAI_API_KEY=${fakeUuid('deep0c').slice(0, 30)}`,
      `DEEPAI_API_KEY=00000000-0000-0000-0000-000000000000`,
      `DEEPAI_API_KEY=${'$'}{DEEPAI_API_KEY}`,
      `DEEPAI_ACCOUNT_ID=${fakeUuid('deep0e')}`,
    ],
  },
};
