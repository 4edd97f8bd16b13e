/** Examples of the mediastack detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mediastack.api-key': {
    positive: [
      `MEDIASTACK_API_KEY=«${fake(LOWER_DIGITS, 32, 'medias1')}»`,
      `mediastack_api_key: «${fake(LOWER_DIGITS, 32, 'medias2')}»`,
      `const mediastackApiKey = '«${fake(LOWER_DIGITS, 32, 'medias3')}»';`,
    ],
    negative: [
      `MEDIASTACK_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'MEDIASTACK_API_KEY=your_mediastack_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'mediasn')}`,
      'MEDIASTACK_API_KEY=${MEDIASTACK_API_KEY}',
    ],
  },
};
