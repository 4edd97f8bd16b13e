/** Examples of the metrilo detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'metrilo.api-key': {
    positive: [
      `METRILO_API_KEY=«${fake(LOWER_DIGITS, 16, 'mtrl91')}»`,
      `metrilo_api_key: «${fake(LOWER_DIGITS, 16, 'mtrl92')}»`,
      `const metriloApiKey = '«${fake(LOWER_DIGITS, 16, 'mtrl93')}»';`,
    ],
    negative: [
      `METRILO_API_KEY=${fake(LOWER_DIGITS, 12, 'short')}`,
      'METRILO_API_KEY=your_metrilo_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 16, 'mtrl9n')}`,
      'METRILO_API_KEY=${METRILO_API_KEY}',
    ],
  },
};
