/** Examples of the ipapi detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ipapi.api-key': {
    positive: [
      `IPAPI_API_KEY=«${fake(LOWER_DIGITS, 32, 'ipapi1')}»`,
      `ipapi_api_key: «${fake(LOWER_DIGITS, 32, 'ipapi2')}»`,
      `const ipapiApiKey = '«${fake(LOWER_DIGITS, 32, 'ipapi3')}»';`,
    ],
    negative: [
      `IPAPI_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'IPAPI_API_KEY=your_ipapi_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'ipapin')}`,
      'IPAPI_API_KEY=${IPAPI_API_KEY}',
    ],
  },
};
