/** Examples of the Dyspatch detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'dyspatch.api-key': {
    positive: [
      `DYSPATCH_API_KEY=«${fake(UPPER_DIGITS, 52, 'dysp0a')}»`,
      `{ "dyspatch_api_key": "«${fake(UPPER_DIGITS, 52, 'dysp0b')}»" }`,
      `const dyspatchApiKey = '«${fake(UPPER_DIGITS, 52, 'dysp0d')}»';`,
    ],
    negative: [
      `DYSPATCH_API_KEY=${fake(UPPER_DIGITS, 48, 'dysp0c')}`,
      `DYSPATCH_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`,
      `DYSPATCH_API_KEY=${'$'}{DYSPATCH_API_KEY}`,
      `DYSPATCH_ACCOUNT_ID=${fake(UPPER_DIGITS, 52, 'dysp0e')}`,
    ],
  },
};
