/** Examples of the loyverse detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'loyverse.api-key': {
    positive: [
      `LOYVERSE_API_KEY=«${fake(LOWER_DIGITS, 32, 'loyver1')}»`,
      `loyverse_api_key: «${fake(LOWER_DIGITS, 32, 'loyver2')}»`,
      `const loyverseApiKey = '«${fake(LOWER_DIGITS, 32, 'loyver3')}»';`,
    ],
    negative: [
      `LOYVERSE_API_KEY=${fake(LOWER_DIGITS, 28, 'short')}`,
      'LOYVERSE_API_KEY=your_loyverse_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'loyvern')}`,
      'LOYVERSE_API_KEY=${LOYVERSE_API_KEY}',
    ],
  },
};
