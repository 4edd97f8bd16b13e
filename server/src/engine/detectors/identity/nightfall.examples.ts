/** Examples of the nightfall detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nightfall.api-key': {
    positive: [
      `NIGHTFALL_API_KEY=«${`NF-${fake(B62, 32, 'nightf1')}`}»`,
      `nightfall_api_key: «${`NF-${fake(B62, 32, 'nightf2')}`}»`,
      `const nightfallApiKey = '«${`NF-${fake(B62, 32, 'nightf3')}`}»';`,
    ],
    negative: [
      `NIGHTFALL_API_KEY=${`NF-${fake(B62, 28, 'short')}`}`,
      'NIGHTFALL_API_KEY=your_nightfall_api_key',
      `API_KEY=${`NF-${fake(B62, 32, 'nightfn')}`}`,
      'NIGHTFALL_API_KEY=${NIGHTFALL_API_KEY}',
    ],
  },
};
