/** lemonsqueezy (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, JWT, phrase, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'lemonsqueezy.api-key',
    title: 'Lemon Squeezy API key',
    keywords: ['lemonsqueezy', 'lemon_squeezy', 'lemon-squeezy'],
    providers: [phrase('lemon squeezy')],
    kinds: ['api key', 'key', 'token'],
    // An RS256 JWT of ~1000 characters.
    value: JWT,
    guide: {
      grants:
        'Full API access to the Lemon Squeezy stores: orders and customer data, products, subscriptions, discounts, license keys, refunds.',
      revoke: 'Lemon Squeezy → Settings → API → the key → delete it, then create a new one.',
      url: 'https://app.lemonsqueezy.com/settings/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
