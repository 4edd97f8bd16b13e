/** Examples of the razorpay detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'razorpay.key-secret': {
    positive: [
      `RAZORPAY_KEY_ID=rzp_live_${fake(B62, 14, 'rz1')}\nRAZORPAY_KEY_SECRET=«${fake(B62, 24, 'rz2')}»`,
      `razorpay:\n  razorpaySecret: '«${fake(B62, 24, 'rz3')}»'`,
    ],
    // The key id is used client-side and is not a secret on its own.
    negative: [`RAZORPAY_KEY_ID=rzp_live_${fake(B62, 14, 'rz4')}`, 'RAZORPAY_KEY_SECRET=<key-secret>'],
  },
  'razorpay.key-pair': {
    positive: [
      `client = razorpay.Client(auth=("rzp_live_${fake(B62, 14, 'rp1')}", "«${fake(B62, 24, 'rp2')}»"))`,
      `curl -u rzp_test_${fake(B62, 14, 'rp3')}:«${fake(B62, 24, 'rp4')}» https://api.razorpay.com/v1/payments`,
    ],
    negative: [
      `client = razorpay.Client(auth=("rzp_live_${fake(B62, 14, 'rp5')}", key_secret))`,
      'curl -u rzp_test_xxxxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
