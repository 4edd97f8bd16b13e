/** mollie (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, lacksLetterAndDigit, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mollie.api-key',
    title: 'Mollie API key or organisation access token',
    keywords: ['mollie'],
    scope: 'document',
    // live_/test_ + 30 base62, or access_ + 40 (organisation token); the document must mention Mollie.
    pattern: () => tokenPattern('(?:live|test)_[A-Za-z0-9]{30}|access_[A-Za-z0-9]{40}', { right: 'A-Za-z0-9_' }),
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    guide: {
      grants:
        'Live keys create payments and refunds and read payment and customer data for the website profile; organisation tokens act on the whole organisation within their scopes.',
      revoke:
        'Mollie Dashboard → Developers → API keys → Reset the live/test key; organisation tokens: Developers → Organization access tokens → Revoke.',
      url: 'https://my.mollie.com/dashboard/developers/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
