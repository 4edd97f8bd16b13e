/** Examples of the raygun detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'raygun.api-key': {
    positive: [`RAYGUN_API_KEY=«${fake(B62, 22, 'raygun')}»`],
    negative: ['RAYGUN_API_KEY=${RAYGUN_API_KEY}', 'RAYGUN_APP_ID=web'],
  },
};
