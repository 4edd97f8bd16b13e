/** Examples of the paralleldots detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'paralleldots.api-key': {
    positive: [
      `PARALLELDOTS_API_KEY=«${fake(B62, 43, 'pdots1')}»`,
      `paralleldots_api_key: «${fake(B62, 43, 'pdots2')}»`,
      `const paralleldotsApiKey = '«${fake(B62, 43, 'pdots3')}»';`,
    ],
    negative: [
      `PARALLELDOTS_API_KEY=${fake(B62, 40, 'short')}`,
      'PARALLELDOTS_API_KEY=your_paralleldots_api_key',
      `API_KEY=${fake(B62, 43, 'pdotsn')}`,
      'PARALLELDOTS_API_KEY=${PARALLELDOTS_API_KEY}',
    ],
  },
};
