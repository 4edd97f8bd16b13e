/** Examples of the DronaHQ detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'dronahq.access-token': {
    positive: [
      `DRONAHQ_ACCESS_TOKEN=«${fake(LOWER_DIGITS, 50, 'dron0a')}»`,
      `{ "dronahq_access_token": "«${fake(LOWER_DIGITS, 50, 'dron0b')}»" }`,
      `const dronahqAccessToken = '«${fake(LOWER_DIGITS, 50, 'dron0d')}»';`,
    ],
    negative: [
      `DRONAHQ_ACCESS_TOKEN=${fake(LOWER_DIGITS, 46, 'dron0c')}`,
      `DRONAHQ_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `DRONAHQ_ACCESS_TOKEN=${'$'}{DRONAHQ_ACCESS_TOKEN}`,
      `DRONAHQ_ACCOUNT_ID=${fake(LOWER_DIGITS, 50, 'dron0e')}`,
    ],
  },
};
