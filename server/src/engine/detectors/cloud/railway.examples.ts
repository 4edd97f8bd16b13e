/** Examples of the Railway detectors (test data: never imported by the runtime). */
import { fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'railway.token': {
    positive: [`RAILWAY_TOKEN=«${fakeUuid('railway')}»`, `      RAILWAY_API_TOKEN: «${fakeUuid('railway2')}»`],
    negative: [`RAILWAY_PROJECT_ID=${fakeUuid('proj')}`, 'RAILWAY_TOKEN: ${{ secrets.RAILWAY_TOKEN }}'],
  },
};
