/** Examples of the BuddyNS detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'buddyns.api-key': {
    positive: [
      `BUDDYNS_API_KEY=«${fake(LOWER_DIGITS, 40, 'budd0a')}»`,
      `{ "buddyns_api_key": "«${fake(LOWER_DIGITS, 40, 'budd0b')}»" }`,
      `const buddynsApiKey = '«${fake(LOWER_DIGITS, 40, 'budd0d')}»';`,
    ],
    negative: [
      `BUDDYNS_API_KEY=${fake(LOWER_DIGITS, 36, 'budd0c')}`,
      `BUDDYNS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `BUDDYNS_API_KEY=${'$'}{BUDDYNS_API_KEY}`,
      `BUDDYNS_ACCOUNT_ID=${fake(LOWER_DIGITS, 40, 'budd0e')}`,
    ],
  },
};
