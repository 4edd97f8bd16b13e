/** Examples of the pollsapi detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pollsapi.api-key': {
    positive: [
      `POLLSAPI_API_KEY=«${fake(UPPER_DIGITS, 28, 'pollsa1')}»`,
      `pollsapi_api_key: «${fake(UPPER_DIGITS, 28, 'pollsa2')}»`,
      `const pollsapiApiKey = '«${fake(UPPER_DIGITS, 28, 'pollsa3')}»';`,
    ],
    negative: [
      `POLLSAPI_API_KEY=${fake(UPPER_DIGITS, 24, 'short')}`,
      'POLLSAPI_API_KEY=your_pollsapi_api_key',
      `API_KEY=${fake(UPPER_DIGITS, 28, 'pollsan')}`,
      'POLLSAPI_API_KEY=${POLLSAPI_API_KEY}',
    ],
  },
};
