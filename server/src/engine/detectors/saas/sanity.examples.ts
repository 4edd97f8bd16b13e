/** Examples of the sanity detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sanity.api-token': {
    positive: [
      `SANITY_API_TOKEN=«sk${fake(B62, 180, 'sanity')}»`,
      `const client = createClient({ projectId, sanityWriteToken: '«sk${fake(B62, 180, 'sanity2')}»' })`,
    ],
    negative: [
      `SANITY_PROJECT_ID=${fake(LOWER_DIGITS, 8, 'proj')}`,
      'SANITY_API_TOKEN=skXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    ],
  },
};
