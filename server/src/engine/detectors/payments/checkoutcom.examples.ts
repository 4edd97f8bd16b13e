/** Examples of the checkoutcom detectors (test data: never imported by the runtime). */
import { fake, fakeUuid, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'checkoutcom.secret-key': {
    positive: [
      `CKO_SECRET_KEY=«sk_sbox_${fake(LOWER_DIGITS, 27, 'ck1')}»`,
      `// checkout.com\nconst cko = new Checkout('«sk_${fake(LOWER_DIGITS, 27, 'ck2')}»');`,
      `CHECKOUT_SECRET_KEY=«sk_test_${fakeUuid('ck3')}»`,
    ],
    negative: [`CKO_PUBLIC_KEY=pk_sbox_${fake(LOWER_DIGITS, 27, 'ck4')}`, 'CHECKOUT_SECRET_KEY=sk_sbox_<secret>'],
  },
};
