/** Examples of the Holiday detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'holidayapi.api-key': {
    positive: [
      `HOLIDAY_API_KEY=«${fakeUuid('hol-k')}»`,
      `HOLIDAYAPI_API_KEY=«${fakeUuid('holi0a')}»`,
      `{ "holidayapi_api_key": "«${fakeUuid('holi0b')}»" }`,
      `const holidayapiApiKey = '«${fakeUuid('holi0d')}»';`,
    ],
    negative: [
      `HOLIDAYAPI_API_KEY=${fakeUuid('holi0c').slice(0, 30)}`,
      `HOLIDAYAPI_API_KEY=00000000-0000-0000-0000-000000000000`,
      `HOLIDAYAPI_API_KEY=${'$'}{HOLIDAYAPI_API_KEY}`,
      `HOLIDAYAPI_ACCOUNT_ID=${fakeUuid('holi0e')}`,
    ],
  },
};
