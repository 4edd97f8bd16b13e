/** Examples of the adyen detectors (test data: never imported by the runtime). */
import { B62, B64, fake, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'adyen.api-key': {
    positive: [
      `ADYEN_API_KEY=«AQE${fake(B64, 95, 'ad1')}==-${fake(B64, 43, 'ad2')}=-${fake(B62, 16, 'ad3')}»`,
      `X-API-Key: «AQE${fake(B64, 120, 'ad4')}=-${fake(B64, 43, 'ad5')}=»`,
    ],
    negative: [`ADYEN_CLIENT_KEY=live_${fake(UPPER_DIGITS, 32, 'ad6')}`, `cert: AQE${fake(B64, 200, 'ad7')}`],
  },
};
