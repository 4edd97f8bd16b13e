/** Examples of the Vonage (Nexmo) detectors (test data: never imported by the runtime). */
import { B62, fake, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'vonage.api-secret': {
    positive: [
      `VONAGE_API_KEY=${fake(HEX, 8, 'vn1')}\nVONAGE_API_SECRET=«${fake(B62, 16, 'vn2')}»`,
      `nexmo:\n  nexmo_api_secret: '«${fake(B62, 16, 'vn3')}»'`,
    ],
    negative: ['VONAGE_API_SECRET=your-api-secret', `VONAGE_APPLICATION_ID=${fakeUuid('vn4')}`],
  },
};
