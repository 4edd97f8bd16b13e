/** Examples of the mindmeister detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mindmeister.api-key': {
    positive: [
      `MINDMEISTER_API_KEY=«${fake(B62, 43, 'mindme1')}»`,
      `mindmeister_api_key: «${fake(B62, 43, 'mindme2')}»`,
      `const mindmeisterApiKey = '«${fake(B62, 43, 'mindme3')}»';`,
    ],
    negative: [
      `MINDMEISTER_API_KEY=${fake(B62, 39, 'short')}`,
      'MINDMEISTER_API_KEY=your_mindmeister_api_key',
      `API_KEY=${fake(B62, 43, 'mindmen')}`,
      'MINDMEISTER_API_KEY=${MINDMEISTER_API_KEY}',
    ],
  },
};
