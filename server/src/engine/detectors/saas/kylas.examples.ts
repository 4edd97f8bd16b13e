/** Examples of the kylas detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'kylas.api-key': {
    positive: [
      `KYLAS_API_KEY=«${fakeUuid('kylas1')}»`,
      `kylas_api_key: «${fakeUuid('kylas2')}»`,
      `const kylasApiKey = '«${fakeUuid('kylas3')}»';`,
    ],
    negative: [
      `KYLAS_API_KEY=${fakeUuid('short').slice(0, 30)}`,
      'KYLAS_API_KEY=your_kylas_api_key',
      `API_KEY=${fakeUuid('kylasn')}`,
      'KYLAS_API_KEY=${KYLAS_API_KEY}',
    ],
  },
};
