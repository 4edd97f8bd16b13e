/** Examples of the bugsnag detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeUuid, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'bugsnag.api-key': {
    positive: [`BUGSNAG_API_KEY=«${fake(HEX, 32, 'bugsnag')}»`, `BUGSNAG_AUTH_TOKEN=«${fakeUuid('bugsnag-auth')}»`],
    negative: ['BUGSNAG_API_KEY=${BUGSNAG_API_KEY}', `BUGSNAG_RELEASE_STAGE=production`],
  },
};
