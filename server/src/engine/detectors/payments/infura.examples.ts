/** Examples of the infura detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'infura.api-key': {
    positive: [
      `INFURA_API_KEY=«${fake(HEX, 32, 'infura1')}»`,
      `infura_api_key: «${fake(HEX, 32, 'infura2')}»`,
      `const infuraApiKey = '«${fake(HEX, 32, 'infura3')}»';`,
    ],
    negative: [
      `INFURA_API_KEY=${fake(HEX, 30, 'short')}`,
      'INFURA_API_KEY=your_infura_api_key',
      `API_KEY=${fake(HEX, 32, 'infuran')}`,
      `INFURA_PROJECT_ID=${fake(HEX, 32, 'infura-id')}`,
    ],
  },
};
