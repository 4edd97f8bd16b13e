/** Examples of the pandascore detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pandascore.api-key': {
    positive: [
      `PANDASCORE_API_KEY=«${fake(B64URL, 51, 'pandas1')}»`,
      `pandascore_api_key: «${fake(B64URL, 51, 'pandas2')}»`,
      `const pandascoreApiKey = '«${fake(B64URL, 51, 'pandas3')}»';`,
    ],
    negative: [
      `PANDASCORE_API_KEY=${fake(B64URL, 47, 'short')}`,
      'PANDASCORE_API_KEY=your_pandascore_api_key',
      `API_KEY=${fake(B64URL, 51, 'pandasn')}`,
      'PANDASCORE_API_KEY=${PANDASCORE_API_KEY}',
    ],
  },
};
