/** Examples of the packagecloud detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'packagecloud.api-key': {
    positive: [
      `PACKAGECLOUD_API_KEY=«${fake(HEX, 48, 'packag1')}»`,
      `packagecloud_api_key: «${fake(HEX, 48, 'packag2')}»`,
      `const packagecloudApiKey = '«${fake(HEX, 48, 'packag3')}»';`,
    ],
    negative: [
      `PACKAGECLOUD_API_KEY=${fake(HEX, 44, 'short')}`,
      'PACKAGECLOUD_API_KEY=your_packagecloud_api_key',
      `API_KEY=${fake(HEX, 48, 'packagn')}`,
      'PACKAGECLOUD_API_KEY=${PACKAGECLOUD_API_KEY}',
    ],
  },
};
