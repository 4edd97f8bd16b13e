/** Examples of the mixmax detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mixmax.api-key': {
    positive: [
      `MIXMAX_API_KEY=«${fake(B64URL, 36, 'mixmax1')}»`,
      `mixmax_api_key: «${fake(B64URL, 36, 'mixmax2')}»`,
      `const mixmaxApiKey = '«${fake(B64URL, 36, 'mixmax3')}»';`,
    ],
    negative: [
      `MIXMAX_API_KEY=${fake(B64URL, 32, 'short')}`,
      'MIXMAX_API_KEY=your_mixmax_api_key',
      `API_KEY=${fake(B64URL, 36, 'mixmaxn')}`,
      'MIXMAX_API_KEY=${MIXMAX_API_KEY}',
    ],
  },
};
