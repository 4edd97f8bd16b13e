/** Examples of the nicereply detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nicereply.api-key': {
    positive: [
      `NICEREPLY_API_KEY=«${fake(HEX, 40, 'nicere1')}»`,
      `nicereply_api_key: «${fake(HEX, 40, 'nicere2')}»`,
      `const nicereplyApiKey = '«${fake(HEX, 40, 'nicere3')}»';`,
    ],
    negative: [
      `NICEREPLY_API_KEY=${fake(HEX, 36, 'short')}`,
      'NICEREPLY_API_KEY=your_nicereply_api_key',
      `API_KEY=${fake(HEX, 40, 'niceren')}`,
      'NICEREPLY_API_KEY=${NICEREPLY_API_KEY}',
    ],
  },
};
