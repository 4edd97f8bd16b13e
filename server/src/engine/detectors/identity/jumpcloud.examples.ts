/** Examples of the jumpcloud detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'jumpcloud.api-key': {
    positive: [
      `JUMPCLOUD_API_KEY=«${fake(B62, 40, 'jumpcl1')}»`,
      `jumpcloud_api_key: «${fake(B62, 40, 'jumpcl2')}»`,
      `const jumpcloudApiKey = '«${fake(B62, 40, 'jumpcl3')}»';`,
    ],
    negative: [
      `JUMPCLOUD_API_KEY=${fake(B62, 36, 'short')}`,
      'JUMPCLOUD_API_KEY=your_jumpcloud_api_key',
      `API_KEY=${fake(B62, 40, 'jumpcln')}`,
      'JUMPCLOUD_API_KEY=${JUMPCLOUD_API_KEY}',
    ],
  },
};
