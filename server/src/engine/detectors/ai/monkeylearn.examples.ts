/** Examples of the monkeylearn detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'monkeylearn.api-key': {
    positive: [
      `MONKEYLEARN_API_KEY=«${fake(HEX, 40, 'monkey1')}»`,
      `monkeylearn_api_key: «${fake(HEX, 40, 'monkey2')}»`,
      `const monkeylearnApiKey = '«${fake(HEX, 40, 'monkey3')}»';`,
    ],
    negative: [
      `MONKEYLEARN_API_KEY=${fake(HEX, 32, 'short')}`,
      'MONKEYLEARN_API_KEY=your_monkeylearn_api_key',
      `API_KEY=${fake(HEX, 40, 'monkeyn')}`,
      'MONKEYLEARN_API_KEY=${MONKEYLEARN_API_KEY}',
    ],
  },
};
