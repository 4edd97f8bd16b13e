/** Examples of the marketstack detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'marketstack.api-key': {
    positive: [
      `MARKETSTACK_API_KEY=«${fake(LOWER_DIGITS, 32, 'market1')}»`,
      `marketstack_api_key: «${fake(LOWER_DIGITS, 32, 'market2')}»`,
      `const marketstackApiKey = '«${fake(LOWER_DIGITS, 32, 'market3')}»';`,
    ],
    negative: [
      `MARKETSTACK_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'MARKETSTACK_API_KEY=your_marketstack_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'marketn')}`,
      'MARKETSTACK_API_KEY=${MARKETSTACK_API_KEY}',
    ],
  },
};
