/** Examples of the ipstack detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ipstack.api-key': {
    positive: [
      `IPSTACK_API_KEY=«${fake(LOWER_DIGITS, 32, 'ipstac1')}»`,
      `ipstack_api_key: «${fake(LOWER_DIGITS, 32, 'ipstac2')}»`,
      `const ipstackApiKey = '«${fake(LOWER_DIGITS, 32, 'ipstac3')}»';`,
    ],
    negative: [
      `IPSTACK_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'IPSTACK_API_KEY=your_ipstack_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'ipstacn')}`,
      'IPSTACK_API_KEY=${IPSTACK_API_KEY}',
    ],
  },
};
