/** Examples of the juro detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'juro.api-key': {
    positive: [
      `JURO_API_KEY=«${fake(B62, 40, 'juro1')}»`,
      `juro_api_key: «${fake(B62, 40, 'juro2')}»`,
      `const juroApiKey = '«${fake(B62, 40, 'juro3')}»';`,
    ],
    negative: [
      `JURO_API_KEY=${fake(B62, 36, 'short')}`,
      'JURO_API_KEY=your_juro_api_key',
      `API_KEY=${fake(B62, 40, 'juron')}`,
      'JURO_API_KEY=${JURO_API_KEY}',
    ],
  },
};
