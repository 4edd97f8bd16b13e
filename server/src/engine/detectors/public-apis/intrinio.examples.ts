/** Examples of the intrinio detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'intrinio.api-key': {
    positive: [
      `INTRINIO_API_KEY=«${fake(B62, 44, 'intrin1')}»`,
      `intrinio_api_key: «${fake(B62, 44, 'intrin2')}»`,
      `const intrinioApiKey = '«${fake(B62, 44, 'intrin3')}»';`,
    ],
    negative: [
      `INTRINIO_API_KEY=${fake(B62, 40, 'short')}`,
      'INTRINIO_API_KEY=your_intrinio_api_key',
      `API_KEY=${fake(B62, 44, 'intrinn')}`,
      'INTRINIO_API_KEY=${INTRINIO_API_KEY}',
    ],
  },
};
