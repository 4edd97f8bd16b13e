/** Examples of the timezoneapi detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

const LETTERS = alphabet('A-Za-z');

export const examples: ExampleTable = {
  'timezoneapi.api-key': {
    positive: [
      `TIMEZONEAPI_KEY=«${fake(LETTERS, 20, 'timezoneapi1')}»`,
      `credentials:\n  timezone_api_token: "«${fake(LETTERS, 20, 'timezoneapi2')}»"`,
      `const timezoneApiSecret = '«${fake(LETTERS, 20, 'timezoneapi3')}»';`,
    ],
    negative: [
      `TIMEZONEAPI_ACCOUNT_ID=${fake(LETTERS, 20, 'timezoneapi4')}`,
      `TIMEZONEAPI_KEY=${fake(LETTERS, 20, 'timezoneapi5')}${fake(B62, 6, 'tail')}`,
      `# TimezoneAPI settings\nAPI_KEY=${fake(LETTERS, 20, 'timezoneapi6')}`,
      `TIMEZONEAPI_KEY=xxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
