/** Examples of the aviationstack detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'aviationstack.api-key': {
    positive: [
      `AVIATIONSTACK_API_KEY=«${fake(LOWER_DIGITS, 32, 'avia0a')}»`,
      `{ "aviationstack_api_key": "«${fake(LOWER_DIGITS, 32, 'avia0b')}»" }`,
      `const aviationstackApiKey = '«${fake(LOWER_DIGITS, 32, 'avia0d')}»';`,
    ],
    negative: [
      `AVIATIONSTACK_API_KEY=${fake(LOWER_DIGITS, 28, 'avia0c')}`,
      `AVIATIONSTACK_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `AVIATIONSTACK_API_KEY=${'$'}{AVIATIONSTACK_API_KEY}`,
      `AVIATIONSTACK_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'avia0e')}`,
    ],
  },
};
