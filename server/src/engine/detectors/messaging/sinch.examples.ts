/** Examples of the Sinch detectors (test data: never imported by the runtime). */
import { B64URL, fake, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sinch.api-secret': {
    positive: [`SINCH_KEY_SECRET=«${fake(B64URL, 30, 'sn1')}»`, `sinch_api_token: "«${fake(HEX, 32, 'sn2')}»"`],
    negative: [`SINCH_KEY_ID=${fakeUuid('sn3')}`, 'SINCH_API_TOKEN=<your-api-token>'],
  },
};
