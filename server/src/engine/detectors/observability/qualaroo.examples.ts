/** Examples of the qualaroo detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'qualaroo.api-key': {
    positive: [
      `QUALAROO_API_KEY=«${fake(B62, 64, 'qualar1')}»`,
      `qualaroo_api_key: «${fake(B62, 64, 'qualar2')}»`,
      `const qualarooApiKey = '«${fake(B62, 64, 'qualar3')}»';`,
    ],
    negative: [
      `QUALAROO_API_KEY=${fake(B62, 60, 'short')}`,
      'QUALAROO_API_KEY=your_qualaroo_api_key',
      `API_KEY=${fake(B62, 64, 'qualarn')}`,
      'QUALAROO_API_KEY=${QUALAROO_API_KEY}',
    ],
  },
};
