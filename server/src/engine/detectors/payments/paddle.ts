/** paddle (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'paddle.api-key',
    title: 'Paddle Billing API key',
    keywords: ['pdl_live_', 'pdl_sdbx_'],
    // pdl_live_apikey_ / pdl_sdbx_apikey_ + ~26 + _ + ~22 (unverified: a minimum length).
    pattern: () => tokenPattern('pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{30,80}', { right: 'A-Za-z0-9_' }),
    minEntropy: 3.5,
    guide: {
      grants:
        "Per the key's permissions, manages the Paddle Billing account: products and prices, customers, subscriptions, transactions and refunds (sandbox keys: test only).",
      revoke: 'Paddle → Developer tools → Authentication → API keys → the key → Revoke, then create a new one.',
      url: 'https://vendors.paddle.com/authentication-v2',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
