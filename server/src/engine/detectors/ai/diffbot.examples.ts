/** Examples of the Diffbot detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'diffbot.api-token': {
    positive: [
      `DIFFBOT_API_TOKEN=«${fake(LOWER_DIGITS, 32, 'diff0a')}»`,
      `{ "diffbot_api_token": "«${fake(LOWER_DIGITS, 32, 'diff0b')}»" }`,
      `const diffbotApiToken = '«${fake(LOWER_DIGITS, 32, 'diff0d')}»';`,
    ],
    negative: [
      `DIFFBOT_API_TOKEN=${fake(LOWER_DIGITS, 28, 'diff0c')}`,
      `DIFFBOT_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `DIFFBOT_API_TOKEN=${'$'}{DIFFBOT_API_TOKEN}`,
      `DIFFBOT_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'diff0e')}`,
    ],
  },
};
