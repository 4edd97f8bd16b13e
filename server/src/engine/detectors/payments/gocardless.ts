/** gocardless (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'gocardless.access-token',
    title: 'GoCardless access token',
    keywords: ['gocardless'],
    scope: 'document',
    // live_ / sandbox_ + 40–42 chars; `live_` alone is shared with other providers, so the document must mention GoCardless.
    pattern: () => tokenPattern('(?:live|sandbox)_[A-Za-z0-9_=-]{40,42}', { right: 'A-Za-z0-9_=-' }),
    minEntropy: 4,
    guide: {
      grants:
        'Full API access to the GoCardless creditor: create mandates and collect Direct Debit payments, read customer bank details, issue refunds (sandbox: test only).',
      revoke: 'GoCardless Dashboard → Developers → Access tokens → the token → Revoke, then create a new one.',
      url: 'https://manage.gocardless.com/developers/access-tokens',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
