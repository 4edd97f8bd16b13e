/** Examples of the positionstack detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'positionstack.api-key': {
    positive: [
      `POSITIONSTACK_API_KEY=«${fake(LOWER_DIGITS, 32, 'positi1')}»`,
      `positionstack_api_key: «${fake(LOWER_DIGITS, 32, 'positi2')}»`,
      `const positionstackApiKey = '«${fake(LOWER_DIGITS, 32, 'positi3')}»';`,
    ],
    negative: [
      `POSITIONSTACK_API_KEY=${fake(LOWER_DIGITS, 28, 'short')}`,
      'POSITIONSTACK_API_KEY=your_positionstack_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'positin')}`,
      'POSITIONSTACK_API_KEY=${POSITIONSTACK_API_KEY}',
    ],
  },
};
