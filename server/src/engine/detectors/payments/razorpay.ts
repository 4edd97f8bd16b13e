/** razorpay (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import {
  contextual,
  defineDetector,
  lacksLetterAndDigit,
  PAIR_SEPARATOR,
  phrase,
  phraseAfterNonLetter,
  STORE_IN_SECRET_STORE,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'razorpay.key-secret',
    title: 'Razorpay key secret',
    keywords: ['razorpay', 'rzp'],
    providers: [phrase('razorpay'), phraseAfterNonLetter('rzp')],
    kinds: ['key secret', 'api secret', 'secret'],
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    companions: [
      { name: 'key_id', pattern: /(?<![A-Za-z0-9_])(?<value>rzp_(?:live|test)_[A-Za-z0-9]{14})(?![A-Za-z0-9])/, withinLines: 4 },
    ],
    guide: {
      grants:
        'With the key id, full API access to the Razorpay account: create orders and payment links, capture and refund payments, read settlements and customer data (live keys move real money).',
      revoke: 'Razorpay Dashboard → Account & Settings → API Keys → Regenerate key (the old pair stops working).',
      url: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'razorpay.key-pair',
    title: 'Razorpay key id and secret pair',
    keywords: ['rzp_'],
    // rzp_live_xxx:secret (basic auth) or razorpay.Client(auth=("rzp_live_xxx", "secret")).
    pattern: () =>
      new RegExp(`(?<![A-Za-z0-9_])(?<key_id>rzp_(?:live|test)_[A-Za-z0-9]{14})${PAIR_SEPARATOR}(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9])`),
    minEntropy: 3.5,
    guide: {
      grants: 'Full API access to the Razorpay account: orders, payments, refunds, settlements, customer data.',
      revoke: 'Razorpay Dashboard → Account & Settings → API Keys → Regenerate key.',
      url: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
