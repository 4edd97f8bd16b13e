/** Examples of the mesibo detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mesibo.api-key': {
    positive: [
      `MESIBO_API_KEY=«${fake(B62, 64, 'mesibo1')}»`,
      `mesibo_api_key: «${fake(B62, 64, 'mesibo2')}»`,
      `const mesiboApiKey = '«${fake(B62, 64, 'mesibo3')}»';`,
    ],
    negative: [
      `MESIBO_API_KEY=${fake(B62, 60, 'short')}`,
      'MESIBO_API_KEY=your_mesibo_api_key',
      `API_KEY=${fake(B62, 64, 'mesibon')}`,
      'MESIBO_API_KEY=${MESIBO_API_KEY}',
    ],
  },
};
