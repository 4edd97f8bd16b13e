/** Examples of the bscscan detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'bscscan.api-key': {
    positive: [
      `BSCSCAN_API_KEY=«${fake(UPPER_DIGITS, 34, 'bscsca1')}»`,
      `bscscan_api_key: «${fake(UPPER_DIGITS, 34, 'bscsca2')}»`,
      `const bscscanApiKey = '«${fake(UPPER_DIGITS, 34, 'bscsca3')}»';`,
    ],
    negative: [
      `BSCSCAN_API_KEY=${fake(UPPER_DIGITS, 36, 'long')}`,
      'BSCSCAN_API_KEY=your_bscscan_api_key',
      `API_KEY=${fake(UPPER_DIGITS, 34, 'bscscan')}`,
      'BSCSCAN_API_KEY=${BSCSCAN_API_KEY}',
    ],
  },
};
