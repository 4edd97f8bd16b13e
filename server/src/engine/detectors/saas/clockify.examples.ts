/** Examples of the Clockify detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'clockify.api-key': {
    positive: [
      `CLOCKIFY_API_KEY=«${fakeMixed(B62, 48, 'cloc0a')}»`,
      `{ "clockify_api_key": "«${fakeMixed(B62, 48, 'cloc0b')}»" }`,
      `const clockifyApiKey = '«${fakeMixed(B62, 48, 'cloc0d')}»';`,
    ],
    negative: [
      `CLOCKIFY_API_KEY=${fake(B62, 44, 'cloc0c')}`,
      `CLOCKIFY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CLOCKIFY_API_KEY=${'$'}{CLOCKIFY_API_KEY}`,
      `CLOCKIFY_ACCOUNT_ID=${fakeMixed(B62, 48, 'cloc0e')}`,
    ],
  },
};
