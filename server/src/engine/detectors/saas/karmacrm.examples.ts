/** Examples of the karmacrm detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'karmacrm.api-key': {
    positive: [
      `KARMACRM_API_KEY=«${fake(B62, 20, 'karmac1')}»`,
      `karmacrm_api_key: «${fake(B62, 20, 'karmac2')}»`,
      `const karmacrmApiKey = '«${fake(B62, 20, 'karmac3')}»';`,
    ],
    negative: [
      `KARMACRM_API_KEY=${fake(B62, 16, 'short')}`,
      'KARMACRM_API_KEY=your_karmacrm_api_key',
      `API_KEY=${fake(B62, 20, 'karmacn')}`,
      'KARMACRM_API_KEY=${KARMACRM_API_KEY}',
    ],
  },
};
