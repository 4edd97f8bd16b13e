/** Examples of the pingidentity detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pingidentity.client-secret': {
    positive: [`PINGONE_CLIENT_SECRET=«${fake(B64URL, 64, 'ping')}»`],
    negative: ['PINGONE_CLIENT_SECRET=${PINGONE_CLIENT_SECRET}', `PINGONE_ENVIRONMENT_ID=${fakeUuid('ping-env')}`],
  },
};
