/** Examples of the newscatcher detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'newscatcher.api-key': {
    positive: [
      `NEWSCATCHER_API_KEY=«${fake(alphabet('A-Za-z0-9_'), 43, 'newsca1')}»`,
      `newscatcher_api_key: «${fake(alphabet('A-Za-z0-9_'), 43, 'newsca2')}»`,
      `const newscatcherApiKey = '«${fake(alphabet('A-Za-z0-9_'), 43, 'newsca3')}»';`,
    ],
    negative: [
      `NEWSCATCHER_API_KEY=${fake(B62, 40, 'short')}`,
      'NEWSCATCHER_API_KEY=your_newscatcher_api_key',
      `API_KEY=${fake(alphabet('A-Za-z0-9_'), 43, 'newscan')}`,
      'NEWSCATCHER_API_KEY=${NEWSCATCHER_API_KEY}',
    ],
  },
};
