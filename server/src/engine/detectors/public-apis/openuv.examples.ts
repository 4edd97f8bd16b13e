/** Examples of the openuv detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'openuv.api-key': {
    positive: [
      `OPENUV_API_KEY=«${fake(LOWER_DIGITS, 32, 'openuv1')}»`,
      `openuv_api_key: «${fake(LOWER_DIGITS, 32, 'openuv2')}»`,
      `const openuvApiKey = '«${fake(LOWER_DIGITS, 32, 'openuv3')}»';`,
    ],
    negative: [
      `OPENUV_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'OPENUV_API_KEY=your_openuv_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'openuvn')}`,
      'OPENUV_API_KEY=${OPENUV_API_KEY}',
    ],
  },
};
