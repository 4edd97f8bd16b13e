/** Examples of the overloop detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'overloop.api-key': {
    positive: [
      `OVERLOOP_API_KEY=«${fake(B64URL, 50, 'overlo1')}»`,
      `overloop_api_key: «${fake(B64URL, 50, 'overlo2')}»`,
      `const overloopApiKey = '«${fake(B64URL, 50, 'overlo3')}»';`,
    ],
    negative: [
      `OVERLOOP_API_KEY=${fake(B64URL, 46, 'short')}`,
      'OVERLOOP_API_KEY=your_overloop_api_key',
      `API_KEY=${fake(B64URL, 50, 'overlon')}`,
      'OVERLOOP_API_KEY=${OVERLOOP_API_KEY}',
    ],
  },
};
