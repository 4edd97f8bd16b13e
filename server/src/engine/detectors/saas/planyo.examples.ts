/** Examples of the planyo detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'planyo.api-key': {
    positive: [
      `PLANYO_API_KEY=«${fake(LOWER_DIGITS, 62, 'planyo1')}»`,
      `planyo_api_key: «${fake(LOWER_DIGITS, 62, 'planyo2')}»`,
      `const planyoApiKey = '«${fake(LOWER_DIGITS, 62, 'planyo3')}»';`,
    ],
    negative: [
      `PLANYO_API_KEY=${fake(LOWER_DIGITS, 58, 'short')}`,
      'PLANYO_API_KEY=your_planyo_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 62, 'planyon')}`,
      'PLANYO_API_KEY=${PLANYO_API_KEY}',
    ],
  },
};
