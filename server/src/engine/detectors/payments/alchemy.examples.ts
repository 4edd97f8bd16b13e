/** Examples of the alchemy detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'alchemy.api-key': {
    positive: [
      `ALCHEMY_API_KEY=«${fake(B64URL, 32, 'alchem1')}»`,
      `alchemy_api_key: «${fake(B64URL, 32, 'alchem2')}»`,
      `const alchemyApiKey = '«${fake(B64URL, 32, 'alchem3')}»';`,
    ],
    negative: [
      `ALCHEMY_API_KEY=${fake(B64URL, 28, 'short')}`,
      'ALCHEMY_API_KEY=your_alchemy_api_key',
      `API_KEY=${fake(B64URL, 32, 'alchemn')}`,
      'ALCHEMY_API_KEY=${ALCHEMY_API_KEY}',
    ],
  },
};
