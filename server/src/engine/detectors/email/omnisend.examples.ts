/** Examples of the omnisend detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'omnisend.api-key': {
    positive: [
      `OMNISEND_API_KEY=«${`${fake(HEX, 24, 'omnise1')}-${fake(B62, 50, 'omnise1')}`}»`,
      `omnisend_api_key: «${`${fake(HEX, 24, 'omnise2')}-${fake(B62, 50, 'omnise2')}`}»`,
      `const omnisendApiKey = '«${`${fake(HEX, 24, 'omnise3')}-${fake(B62, 50, 'omnise3')}`}»';`,
    ],
    negative: [
      `OMNISEND_API_KEY=${`${fake(HEX, 24, 'short')}-${fake(B62, 40, 'short')}`}`,
      'OMNISEND_API_KEY=your_omnisend_api_key',
      `API_KEY=${`${fake(HEX, 24, 'omnisen')}-${fake(B62, 50, 'omnisen')}`}`,
      'OMNISEND_API_KEY=${OMNISEND_API_KEY}',
    ],
  },
};
