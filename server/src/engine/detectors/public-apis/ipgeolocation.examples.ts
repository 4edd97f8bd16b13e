/** Examples of the ipgeolocation detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ipgeolocation.api-key': {
    positive: [
      `IPGEOLOCATION_API_KEY=«${fake(LOWER_DIGITS, 32, 'ipgeol1')}»`,
      `ipgeolocation_api_key: «${fake(LOWER_DIGITS, 32, 'ipgeol2')}»`,
      `const ipgeolocationApiKey = '«${fake(LOWER_DIGITS, 32, 'ipgeol3')}»';`,
    ],
    negative: [
      `IPGEOLOCATION_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'IPGEOLOCATION_API_KEY=your_ipgeolocation_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'ipgeoln')}`,
      'IPGEOLOCATION_API_KEY=${IPGEOLOCATION_API_KEY}',
    ],
  },
};
