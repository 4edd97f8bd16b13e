/** Examples of the moonclerk detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'moonclerk.api-key': {
    positive: [
      `MOONCLERK_API_KEY=«${fake(LOWER_DIGITS, 32, 'mooncl1')}»`,
      `moonclerk_api_key: «${fake(LOWER_DIGITS, 32, 'mooncl2')}»`,
      `const moonclerkApiKey = '«${fake(LOWER_DIGITS, 32, 'mooncl3')}»';`,
    ],
    negative: [
      `MOONCLERK_API_KEY=${fake(LOWER_DIGITS, 28, 'short')}`,
      'MOONCLERK_API_KEY=your_moonclerk_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'mooncln')}`,
      'MOONCLERK_API_KEY=${MOONCLERK_API_KEY}',
    ],
  },
};
