/** Examples of the nylas detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nylas.api-key': {
    positive: [
      `NYLAS_API_KEY=«${fake(B62, 30, 'nylas1')}»`,
      `nylas_api_key: «${fake(B62, 30, 'nylas2')}»`,
      `const nylasApiKey = '«${fake(B62, 30, 'nylas3')}»';`,
    ],
    negative: [
      `NYLAS_API_KEY=${fake(B62, 26, 'short')}`,
      'NYLAS_API_KEY=your_nylas_api_key',
      `API_KEY=${fake(B62, 30, 'nylasn')}`,
      'NYLAS_API_KEY=${NYLAS_API_KEY}',
    ],
  },
};
