/** Examples of the Geckoboard detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'geckoboard.api-key': {
    positive: [
      `GECKOBOARD_API_KEY=«${fakeMixed(B62, 44, 'geck0a')}»`,
      `{ "geckoboard_api_key": "«${fakeMixed(B62, 44, 'geck0b')}»" }`,
      `const geckoboardApiKey = '«${fakeMixed(B62, 44, 'geck0d')}»';`,
    ],
    negative: [
      `GECKOBOARD_API_KEY=${fake(B62, 40, 'geck0c')}`,
      `GECKOBOARD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `GECKOBOARD_API_KEY=${'$'}{GECKOBOARD_API_KEY}`,
      `GECKOBOARD_ACCOUNT_ID=${fakeMixed(B62, 44, 'geck0e')}`,
    ],
  },
};
