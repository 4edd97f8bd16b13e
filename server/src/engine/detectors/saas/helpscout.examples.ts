/** Examples of the Help Scout detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'helpscout.api-key': {
    positive: [
      `HELPSCOUT_API_KEY=«${fake(LOWER_DIGITS, 40, 'help0a')}»`,
      `{ "helpscout_api_key": "«${fake(LOWER_DIGITS, 40, 'help0b')}»" }`,
      `const helpscoutApiKey = '«${fake(LOWER_DIGITS, 40, 'help0d')}»';`,
    ],
    negative: [
      `HELPSCOUT_API_KEY=${fake(LOWER_DIGITS, 36, 'help0c')}`,
      `HELPSCOUT_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `HELPSCOUT_API_KEY=${'$'}{HELPSCOUT_API_KEY}`,
      `HELPSCOUT_ACCOUNT_ID=${fake(LOWER_DIGITS, 40, 'help0e')}`,
    ],
  },
};
