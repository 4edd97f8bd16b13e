/** Examples of the jotform detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'jotform.api-key': {
    positive: [
      `JOTFORM_API_KEY=«${fake(B62, 32, 'jotfor1')}»`,
      `jotform_api_key: «${fake(B62, 32, 'jotfor2')}»`,
      `const jotformApiKey = '«${fake(B62, 32, 'jotfor3')}»';`,
    ],
    negative: [
      `JOTFORM_API_KEY=${fake(B62, 28, 'short')}`,
      'JOTFORM_API_KEY=your_jotform_api_key',
      `API_KEY=${fake(B62, 32, 'jotforn')}`,
      'JOTFORM_API_KEY=${JOTFORM_API_KEY}',
    ],
  },
};
