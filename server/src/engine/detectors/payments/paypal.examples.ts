/** Examples of the paypal detectors (test data: never imported by the runtime). */
import { B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'paypal.client-secret': {
    positive: [
      `PAYPAL_CLIENT_ID=A${fake(B64URL, 79, 'pp1')}\nPAYPAL_CLIENT_SECRET=«E${fake(B64URL, 79, 'pp2')}»`,
      `paypal:\n  paypal_secret: "«E${fake(B64URL, 79, 'pp3')}»"`,
    ],
    negative: [`PAYPAL_CLIENT_ID=A${fake(B64URL, 79, 'pp4')}`, 'PAYPAL_CLIENT_SECRET=<client-secret>'],
  },
};
