/** Examples of the paymo detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'paymo.api-key': {
    positive: [
      `PAYMO_API_KEY=«${fake(B62, 44, 'paymo1')}»`,
      `paymo_api_key: «${fake(B62, 44, 'paymo2')}»`,
      `const paymoApiKey = '«${fake(B62, 44, 'paymo3')}»';`,
    ],
    negative: [
      `PAYMO_API_KEY=${fake(B62, 40, 'short')}`,
      'PAYMO_API_KEY=your_paymo_api_key',
      `API_KEY=${fake(B62, 44, 'paymon')}`,
      'PAYMO_API_KEY=${PAYMO_API_KEY}',
    ],
  },
};
