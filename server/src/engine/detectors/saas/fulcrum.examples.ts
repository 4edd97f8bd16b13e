/** Examples of the Fulcrum detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'fulcrum.api-token': {
    positive: [
      `FULCRUM_API_TOKEN=«${fake(LOWER_DIGITS, 80, 'fulc0a')}»`,
      `{ "fulcrum_api_token": "«${fake(LOWER_DIGITS, 80, 'fulc0b')}»" }`,
      `const fulcrumApiToken = '«${fake(LOWER_DIGITS, 80, 'fulc0d')}»';`,
    ],
    negative: [
      `FULCRUM_API_TOKEN=${fake(LOWER_DIGITS, 76, 'fulc0c')}`,
      `FULCRUM_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `FULCRUM_API_TOKEN=${'$'}{FULCRUM_API_TOKEN}`,
      `FULCRUM_ACCOUNT_ID=${fake(LOWER_DIGITS, 80, 'fulc0e')}`,
    ],
  },
};
