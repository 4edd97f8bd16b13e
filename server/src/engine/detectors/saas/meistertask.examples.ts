/** Examples of the meistertask detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'meistertask.api-key': {
    positive: [
      `MEISTERTASK_API_KEY=«${fake(B62, 43, 'meiste1')}»`,
      `meistertask_api_key: «${fake(B62, 43, 'meiste2')}»`,
      `const meistertaskApiKey = '«${fake(B62, 43, 'meiste3')}»';`,
    ],
    negative: [
      `MEISTERTASK_API_KEY=${fake(B62, 39, 'short')}`,
      'MEISTERTASK_API_KEY=your_meistertask_api_key',
      `API_KEY=${fake(B62, 43, 'meisten')}`,
      'MEISTERTASK_API_KEY=${MEISTERTASK_API_KEY}',
    ],
  },
};
