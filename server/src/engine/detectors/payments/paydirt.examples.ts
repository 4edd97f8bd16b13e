/** Examples of the paydirt detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'paydirt.api-key': {
    positive: [
      `PAYDIRT_API_KEY=«${fake(LOWER_DIGITS, 32, 'paydir1')}»`,
      `paydirt_api_key: «${fake(LOWER_DIGITS, 32, 'paydir2')}»`,
      `const paydirtApiKey = '«${fake(LOWER_DIGITS, 32, 'paydir3')}»';`,
    ],
    negative: [
      `PAYDIRT_API_KEY=${fake(LOWER_DIGITS, 28, 'short')}`,
      'PAYDIRT_API_KEY=your_paydirt_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'paydirn')}`,
      'PAYDIRT_API_KEY=${PAYDIRT_API_KEY}',
    ],
  },
};
