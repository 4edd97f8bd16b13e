/** Examples of the onelogin detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'onelogin.client-secret': {
    positive: [`ONELOGIN_CLIENT_SECRET=«${fake(HEX, 64, 'onelogin')}»`],
    negative: ['ONELOGIN_CLIENT_SECRET=${ONELOGIN_CLIENT_SECRET}', `ONELOGIN_CLIENT_ID=${fake(HEX, 64, 'ol-id')}`],
  },
};
