/** Examples of the partnerstack detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'partnerstack.api-key': {
    positive: [
      `PARTNERSTACK_API_KEY=«${fake(B62, 64, 'partne1')}»`,
      `partnerstack_api_key: «${fake(B62, 64, 'partne2')}»`,
      `const partnerstackApiKey = '«${fake(B62, 64, 'partne3')}»';`,
    ],
    negative: [
      `PARTNERSTACK_API_KEY=${fake(B62, 60, 'short')}`,
      'PARTNERSTACK_API_KEY=your_partnerstack_api_key',
      `API_KEY=${fake(B62, 64, 'partnen')}`,
      'PARTNERSTACK_API_KEY=${PARTNERSTACK_API_KEY}',
    ],
  },
};
