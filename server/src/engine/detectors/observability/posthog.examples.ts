/** Examples of the posthog detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'posthog.personal-key': {
    positive: [`POSTHOG_PERSONAL_API_KEY=«phx_${fake(B62, 43, 'phx')}»`],
    negative: [`POSTHOG_KEY=phc_${fake(B62, 43, 'phc')}`, 'POSTHOG_PERSONAL_API_KEY=phx_...'],
  },
};
