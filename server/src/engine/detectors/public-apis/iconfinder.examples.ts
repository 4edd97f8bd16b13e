/** Examples of the iconfinder detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'iconfinder.api-key': {
    positive: [
      `ICONFINDER_API_KEY=«${fake(B62, 64, 'iconfi1')}»`,
      `iconfinder_api_key: «${fake(B62, 64, 'iconfi2')}»`,
      `const iconfinderApiKey = '«${fake(B62, 64, 'iconfi3')}»';`,
    ],
    negative: [
      `ICONFINDER_API_KEY=${fake(B62, 60, 'short')}`,
      'ICONFINDER_API_KEY=your_iconfinder_api_key',
      `API_KEY=${fake(B62, 64, 'iconfin')}`,
      'ICONFINDER_API_KEY=${ICONFINDER_API_KEY}',
    ],
  },
};
