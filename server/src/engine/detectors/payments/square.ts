/** square (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'square.access-token',
    title: 'Square access token',
    keywords: ['EAAA'],
    // EAAA + 60 characters (64 in all); Meta tokens start EAA[B-Z] and are much longer.
    pattern: () => tokenPattern('EAAA[A-Za-z0-9_+=-]{60,70}', { right: 'A-Za-z0-9_+=-' }),
    minEntropy: 4,
    guide: {
      grants:
        "Acts on the Square seller account within the token's permissions: take and refund payments, read customers, orders and payouts, manage catalogue and locations. Sandbox tokens share the prefix.",
      revoke:
        'Square Developer Console → the application → Credentials → Replace the personal access token; OAuth tokens: call `RevokeToken`.',
      url: 'https://developer.squareup.com/apps',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'square.legacy-access-token',
    title: 'Square legacy access token',
    keywords: ['sq0atp-'],
    pattern: () => tokenPattern('sq0atp-[A-Za-z0-9_-]{22}', { right: 'A-Za-z0-9_-' }),
    guide: {
      grants: 'Acts on the Square seller account: payments, refunds, customers, orders.',
      revoke: 'Square Developer Console → the application → Credentials → Replace the access token; OAuth tokens: `RevokeToken`.',
      url: 'https://developer.squareup.com/apps',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'square.oauth-secret',
    title: 'Square OAuth application secret',
    keywords: ['sq0csp-'],
    pattern: () => tokenPattern('sq0csp-[A-Za-z0-9_-]{43}', { right: 'A-Za-z0-9_-' }),
    guide: {
      grants: 'Exchanges OAuth codes and refresh tokens as your Square application, obtaining access to every seller who authorised it.',
      revoke: 'Square Developer Console → the application → OAuth → Replace secret.',
      url: 'https://developer.squareup.com/apps',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
