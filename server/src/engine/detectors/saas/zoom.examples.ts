/** Examples of the zoom detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zoom.client-secret': {
    positive: [`ZOOM_CLIENT_SECRET=«${fake(B62, 32, 'zoom')}»`, `zoom_api_secret = "«${fake(B62, 36, 'zoom2')}»"`],
    negative: [
      `ZOOM_CLIENT_ID=${fake(B62, 22, 'zid')}`,
      `ZOOM_ACCOUNT_ID=${fake(B64URL, 22, 'acct')}`,
      'ZOOM_CLIENT_SECRET=${ZOOM_SECRET}',
    ],
  },
};
