/** Examples of the Stripe detectors (test data: never imported by the runtime). */
import { B62, fake, fakeBytes, HEX, toBase64, type DetectorExamples, type ExampleTable } from '../kit/examples.js';

function key(prefix: string): DetectorExamples {
  return {
    positive: [
      `STRIPE_SECRET_KEY=«${prefix}51${fake(B62, 97, `${prefix}1`)}»`,
      `stripe.api_key = "«${prefix}${fake(B62, 24, `${prefix}2`)}»"`,
      `curl https://api.stripe.com/v1/charges -u «${prefix}${fake(B62, 24, `${prefix}3`)}»:`,
    ],
    negative: [
      `STRIPE_PUBLISHABLE_KEY=pk_${prefix.slice(3)}${fake(B62, 24, `${prefix}4`)}`,
      `STRIPE_SECRET_KEY=${prefix}...`,
      `STRIPE_SECRET_KEY=${prefix}xxxxxxxxxxxxxxxxxxxxxxxx`,
      `PAYSTACK_SECRET_KEY=${prefix.startsWith('sk_') ? prefix : 'sk_live_'}${fake(HEX, 40, `${prefix}5`)}`,
    ],
  };
}

export const examples: ExampleTable = {
  'stripe.secret-key': key('sk_live_'),
  'stripe.test-secret-key': key('sk_test_'),
  'stripe.restricted-key': key('rk_live_'),
  'stripe.test-restricted-key': key('rk_test_'),
  'stripe.webhook-secret': {
    positive: [
      `STRIPE_WEBHOOK_SECRET=«whsec_${fake(B62, 32, 'wh1')}»`,
      `endpoint_secret = '«whsec_${fake(HEX, 64, 'wh2')}»'`,
      `SVIX_SECRET=«whsec_${toBase64(fakeBytes(24, 'wh3'))}»`,
    ],
    negative: [
      'STRIPE_WEBHOOK_SECRET=whsec_...',
      'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STRIPE_WEBHOOK_SECRET=whsec_<secret>',
    ],
  },
};
