/** Examples of the ipqualityscore detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ipqualityscore.api-key': {
    positive: [
      `IPQUALITYSCORE_API_KEY=«${fake(LOWER_DIGITS, 32, 'ipqual1')}»`,
      `ipqualityscore_api_key: «${fake(LOWER_DIGITS, 32, 'ipqual2')}»`,
      `const ipqualityscoreApiKey = '«${fake(LOWER_DIGITS, 32, 'ipqual3')}»';`,
    ],
    negative: [
      `IPQUALITYSCORE_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'IPQUALITYSCORE_API_KEY=your_ipqualityscore_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'ipqualn')}`,
      'IPQUALITYSCORE_API_KEY=${IPQUALITYSCORE_API_KEY}',
    ],
  },
};
