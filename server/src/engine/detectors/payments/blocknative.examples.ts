/** Examples of the Blocknative detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'blocknative.api-key': {
    positive: [
      `BLOCKNATIVE_API_KEY=«${fakeUuid('bloc0a')}»`,
      `{ "blocknative_api_key": "«${fakeUuid('bloc0b')}»" }`,
      `const blocknativeApiKey = '«${fakeUuid('bloc0d')}»';`,
    ],
    negative: [
      `BLOCKNATIVE_API_KEY=${fakeUuid('bloc0c').slice(0, 30)}`,
      `BLOCKNATIVE_API_KEY=00000000-0000-0000-0000-000000000000`,
      `BLOCKNATIVE_API_KEY=${'$'}{BLOCKNATIVE_API_KEY}`,
      `BLOCKNATIVE_ACCOUNT_ID=${fakeUuid('bloc0e')}`,
    ],
  },
};
