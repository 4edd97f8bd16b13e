/** Examples of the Sendbird detectors (test data: never imported by the runtime). */
import { fake, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sendbird.api-token': {
    positive: [`SENDBIRD_APP_ID=${fakeUuid('sb1').toUpperCase()}\nSENDBIRD_API_TOKEN=«${fake(HEX, 40, 'sb2')}»`],
    negative: [`SENDBIRD_APP_ID=${fakeUuid('sb3').toUpperCase()}`, 'SENDBIRD_API_TOKEN=your_api_token'],
  },
};
