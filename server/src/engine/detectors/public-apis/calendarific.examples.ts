/** Examples of the Calendarific detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'calendarific.api-key': {
    positive: [
      `CALENDARIFIC_API_KEY=«${fakeMixed(B62, 32, 'cale0a')}»`,
      `{ "calendarific_api_key": "«${fakeMixed(B62, 32, 'cale0b')}»" }`,
      `const calendarificApiKey = '«${fakeMixed(B62, 32, 'cale0d')}»';`,
    ],
    negative: [
      `CALENDARIFIC_API_KEY=${fake(B62, 28, 'cale0c')}`,
      `CALENDARIFIC_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CALENDARIFIC_API_KEY=${'$'}{CALENDARIFIC_API_KEY}`,
      `CALENDARIFIC_ACCOUNT_ID=${fakeMixed(B62, 32, 'cale0e')}`,
    ],
  },
};
