/** Examples of the ip2location detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ip2location.api-key': {
    positive: [
      `IP2LOCATION_API_KEY=«${fake(UPPER_DIGITS, 32, 'ip2loc1')}»`,
      `ip2location_api_key: «${fake(UPPER_DIGITS, 32, 'ip2loc2')}»`,
      `const ip2locationApiKey = '«${fake(UPPER_DIGITS, 32, 'ip2loc3')}»';`,
    ],
    negative: [
      `IP2LOCATION_API_KEY=${fake(UPPER_DIGITS, 30, 'short')}`,
      'IP2LOCATION_API_KEY=your_ip2location_api_key',
      `API_KEY=${fake(UPPER_DIGITS, 32, 'ip2locn')}`,
      'IP2LOCATION_API_KEY=${IP2LOCATION_API_KEY}',
    ],
  },
};
