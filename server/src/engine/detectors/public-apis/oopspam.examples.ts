/** Examples of the oopspam detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'oopspam.api-key': {
    positive: [
      `OOPSPAM_API_KEY=«${fake(B62, 40, 'oopspa1')}»`,
      `oopspam_api_key: «${fake(B62, 40, 'oopspa2')}»`,
      `const oopspamApiKey = '«${fake(B62, 40, 'oopspa3')}»';`,
    ],
    negative: [
      `OOPSPAM_API_KEY=${fake(B62, 36, 'short')}`,
      'OOPSPAM_API_KEY=your_oopspam_api_key',
      `API_KEY=${fake(B62, 40, 'oopspan')}`,
      'OOPSPAM_API_KEY=${OOPSPAM_API_KEY}',
    ],
  },
};
