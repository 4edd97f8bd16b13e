/** Examples of the lunchmoney detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'lunchmoney.api-key': {
    positive: [
      `LUNCHMONEY_API_KEY=«${fake(HEX, 50, 'lunchm1')}»`,
      `lunchmoney_api_key: «${fake(HEX, 50, 'lunchm2')}»`,
      `const lunchmoneyApiKey = '«${fake(HEX, 50, 'lunchm3')}»';`,
    ],
    negative: [
      `LUNCHMONEY_API_KEY=${fake(HEX, 46, 'short')}`,
      'LUNCHMONEY_API_KEY=your_lunchmoney_api_key',
      `API_KEY=${fake(HEX, 50, 'lunchmn')}`,
      'LUNCHMONEY_API_KEY=${LUNCHMONEY_API_KEY}',
    ],
  },
};
