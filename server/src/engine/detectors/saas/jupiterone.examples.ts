/** Examples of the jupiterone detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'jupiterone.api-key': {
    positive: [
      `JUPITERONE_API_KEY=«${fake(B62, 76, 'jupite1')}»`,
      `jupiterone_api_key: «${fake(B62, 76, 'jupite2')}»`,
      `const jupiteroneApiKey = '«${fake(B62, 76, 'jupite3')}»';`,
    ],
    negative: [
      `JUPITERONE_API_KEY=${fake(B62, 72, 'short')}`,
      'JUPITERONE_API_KEY=your_jupiterone_api_key',
      `API_KEY=${fake(B62, 76, 'jupiten')}`,
      'JUPITERONE_API_KEY=${JUPITERONE_API_KEY}',
    ],
  },
};
