/** Examples of the optimizely detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'optimizely.api-key': {
    positive: [
      `OPTIMIZELY_API_KEY=«${`2:${fake(alphabet('A-Za-z0-9-'), 52, 'optimi1')}`}»`,
      `optimizely_api_key: «${`2:${fake(alphabet('A-Za-z0-9-'), 52, 'optimi2')}`}»`,
      `const optimizelyApiKey = '«${`2:${fake(alphabet('A-Za-z0-9-'), 52, 'optimi3')}`}»';`,
    ],
    negative: [
      `OPTIMIZELY_API_KEY=${`2:${fake(B62, 40, 'short')}`}`,
      'OPTIMIZELY_API_KEY=your_optimizely_api_key',
      `API_KEY=${`2:${fake(alphabet('A-Za-z0-9-'), 52, 'optimin')}`}`,
      'OPTIMIZELY_API_KEY=${OPTIMIZELY_API_KEY}',
    ],
  },
};
