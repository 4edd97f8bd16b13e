/** Examples of the nytimes detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nytimes.api-key': {
    positive: [`NYTIMES_API_KEY=«${fake(B62, 32, 'nyt')}»`, `nyt_api_key = "«${fake(B62, 32, 'nyt2')}»"`],
    negative: ['NYT_API_KEY=<your-key>', `NYTIMES_APP_ID=${fakeUuid('uuid|nytapp')}`],
  },
};
