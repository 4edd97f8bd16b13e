/** Examples of the loadmill detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'loadmill.api-key': {
    positive: [
      `LOADMILL_API_KEY=«${fake(B62, 40, 'loadmi1')}»`,
      `loadmill_api_key: «${fake(B62, 40, 'loadmi2')}»`,
      `const loadmillApiKey = '«${fake(B62, 40, 'loadmi3')}»';`,
    ],
    negative: [
      `LOADMILL_API_KEY=${fake(B62, 36, 'short')}`,
      'LOADMILL_API_KEY=your_loadmill_api_key',
      `API_KEY=${fake(B62, 40, 'loadmin')}`,
      'LOADMILL_API_KEY=${LOADMILL_API_KEY}',
    ],
  },
};
