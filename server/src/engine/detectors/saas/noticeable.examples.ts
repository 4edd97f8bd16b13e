/** Examples of the noticeable detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'noticeable.api-key': {
    positive: [
      `NOTICEABLE_API_KEY=«${fake(B62, 20, 'notice1')}»`,
      `noticeable_api_key: «${fake(B62, 20, 'notice2')}»`,
      `const noticeableApiKey = '«${fake(B62, 20, 'notice3')}»';`,
    ],
    negative: [
      `NOTICEABLE_API_KEY=${fake(B62, 16, 'short')}`,
      'NOTICEABLE_API_KEY=your_noticeable_api_key',
      `API_KEY=${fake(B62, 20, 'noticen')}`,
      'NOTICEABLE_API_KEY=${NOTICEABLE_API_KEY}',
    ],
  },
};
