/** Examples of the interseller detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'interseller.api-key': {
    positive: [
      `INTERSELLER_API_KEY=«${fakeUuid('inters1')}»`,
      `interseller_api_key: «${fakeUuid('inters2')}»`,
      `const intersellerApiKey = '«${fakeUuid('inters3')}»';`,
    ],
    negative: [
      `INTERSELLER_API_KEY=${fakeUuid('short').slice(0, 30)}`,
      'INTERSELLER_API_KEY=your_interseller_api_key',
      `API_KEY=${fakeUuid('intersn')}`,
      'INTERSELLER_API_KEY=${INTERSELLER_API_KEY}',
    ],
  },
};
