/** Examples of the moralis detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'moralis.api-key': {
    positive: [
      `MORALIS_API_KEY=«${fake(B62, 64, 'morali1')}»`,
      `moralis_api_key: «${fake(B62, 64, 'morali2')}»`,
      `const moralisApiKey = '«${fake(B62, 64, 'morali3')}»';`,
    ],
    negative: [
      `MORALIS_API_KEY=${fake(B62, 60, 'short')}`,
      'MORALIS_API_KEY=your_moralis_api_key',
      `API_KEY=${fake(B62, 64, 'moralin')}`,
      'MORALIS_API_KEY=${MORALIS_API_KEY}',
    ],
  },
};
