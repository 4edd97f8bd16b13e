/** Examples of the proxycrawl detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'proxycrawl.api-key': {
    positive: [
      `PROXYCRAWL_API_KEY=«${fake(alphabet('A-Za-z0-9_'), 22, 'proxyc1')}»`,
      `proxycrawl_api_key: «${fake(alphabet('A-Za-z0-9_'), 22, 'proxyc2')}»`,
      `const proxycrawlApiKey = '«${fake(alphabet('A-Za-z0-9_'), 22, 'proxyc3')}»';`,
    ],
    negative: [
      `PROXYCRAWL_API_KEY=${fake(B62, 26, 'long')}`,
      'PROXYCRAWL_API_KEY=your_proxycrawl_api_key',
      `API_KEY=${fake(alphabet('A-Za-z0-9_'), 22, 'proxycn')}`,
      'PROXYCRAWL_API_KEY=${PROXYCRAWL_API_KEY}',
    ],
  },
};
