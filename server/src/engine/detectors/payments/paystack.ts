/** paystack (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'paystack.secret-key',
    title: 'Paystack secret key',
    keywords: ['sk_live_', 'sk_test_'],
    // sk_live_/sk_test_ + 40 lower-case hex (Stripe's body is base62).
    pattern: () => tokenPattern('sk_(?:live|test)_[0-9a-f]{40}', { right: 'A-Za-z0-9_' }),
    minEntropy: 3,
    guide: {
      grants:
        'Full API access to the Paystack integration: charge authorisations, transfers to bank accounts, refunds, customer data (test keys: test mode).',
      revoke: 'Paystack Dashboard → Settings → API Keys & Webhooks → Generate new secret key.',
      url: 'https://dashboard.paystack.com/#/settings/developer',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
