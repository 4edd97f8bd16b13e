/** Examples of the numverify detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'numverify.api-key': {
    positive: [
      `NUMVERIFY_API_KEY=«${fake(LOWER_DIGITS, 32, 'numver1')}»`,
      `numverify_api_key: «${fake(LOWER_DIGITS, 32, 'numver2')}»`,
      `const numverifyApiKey = '«${fake(LOWER_DIGITS, 32, 'numver3')}»';`,
    ],
    negative: [
      `NUMVERIFY_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'NUMVERIFY_API_KEY=your_numverify_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'numvern')}`,
      'NUMVERIFY_API_KEY=${NUMVERIFY_API_KEY}',
    ],
  },
};
