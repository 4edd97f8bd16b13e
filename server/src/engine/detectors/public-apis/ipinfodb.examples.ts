/** Examples of the ipinfodb detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ipinfodb.api-key': {
    positive: [
      `IPINFODB_API_KEY=«${fake(LOWER_DIGITS, 64, 'ipinfo1')}»`,
      `ipinfodb_api_key: «${fake(LOWER_DIGITS, 64, 'ipinfo2')}»`,
      `const ipinfodbApiKey = '«${fake(LOWER_DIGITS, 64, 'ipinfo3')}»';`,
    ],
    negative: [
      `IPINFODB_API_KEY=${fake(LOWER_DIGITS, 60, 'short')}`,
      'IPINFODB_API_KEY=your_ipinfodb_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 64, 'ipinfon')}`,
      'IPINFODB_API_KEY=${IPINFODB_API_KEY}',
    ],
  },
};
