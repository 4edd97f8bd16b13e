/** Examples of the insightly detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'insightly.api-key': {
    positive: [
      `INSIGHTLY_API_KEY=«${fakeUuid('insigh1')}»`,
      `insightly_api_key: «${fakeUuid('insigh2')}»`,
      `const insightlyApiKey = '«${fakeUuid('insigh3')}»';`,
    ],
    negative: [
      `INSIGHTLY_API_KEY=${fakeUuid('short').slice(0, 30)}`,
      'INSIGHTLY_API_KEY=your_insightly_api_key',
      `API_KEY=${fakeUuid('insighn')}`,
      'INSIGHTLY_API_KEY=${INSIGHTLY_API_KEY}',
    ],
  },
};
