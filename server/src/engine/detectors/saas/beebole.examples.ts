/** Examples of the Beebole detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'beebole.api-token': {
    positive: [
      `BEEBOLE_API_TOKEN=«${fake(LOWER_DIGITS, 40, 'beeb0a')}»`,
      `{ "beebole_api_token": "«${fake(LOWER_DIGITS, 40, 'beeb0b')}»" }`,
      `const beeboleApiToken = '«${fake(LOWER_DIGITS, 40, 'beeb0d')}»';`,
    ],
    negative: [
      `BEEBOLE_API_TOKEN=${fake(LOWER_DIGITS, 36, 'beeb0c')}`,
      `BEEBOLE_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `BEEBOLE_API_TOKEN=${'$'}{BEEBOLE_API_TOKEN}`,
      `BEEBOLE_ACCOUNT_ID=${fake(LOWER_DIGITS, 40, 'beeb0e')}`,
    ],
  },
};
