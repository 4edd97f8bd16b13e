/** Examples of the paystack detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'paystack.secret-key': {
    positive: [
      `PAYSTACK_SECRET_KEY=«sk_live_${fake(HEX, 40, 'ps1')}»`,
      `headers: { Authorization: 'Bearer «sk_test_${fake(HEX, 40, 'ps2')}»' }`,
    ],
    negative: [`PAYSTACK_PUBLIC_KEY=pk_live_${fake(HEX, 40, 'ps3')}`, `STRIPE_SECRET_KEY=sk_live_${fake(B62, 40, 'ps4')}`],
  },
};
