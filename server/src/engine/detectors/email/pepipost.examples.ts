/** Examples of the pepipost detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pepipost.api-key': {
    positive: [
      `PEPIPOST_API_KEY=«${fake(B62, 32, 'pepipo1')}»`,
      `pepipost_api_key: «${fake(B62, 32, 'pepipo2')}»`,
      `const pepipostApiKey = '«${fake(B62, 32, 'pepipo3')}»';`,
    ],
    negative: [
      `PEPIPOST_API_KEY=${fake(B62, 28, 'short')}`,
      'PEPIPOST_API_KEY=your_pepipost_api_key',
      `API_KEY=${fake(B62, 32, 'pepipon')}`,
      'PEPIPOST_API_KEY=${PEPIPOST_API_KEY}',
    ],
  },
};
