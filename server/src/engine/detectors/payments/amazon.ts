/** amazon (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'amazon.lwa-client-secret',
    title: 'Login with Amazon / SP-API client secret',
    keywords: ['amzn1.oa2-cs.v1.'],
    pattern: () => tokenPattern('amzn1\\.oa2-cs\\.v1\\.[0-9a-f]{64}', { right: 'A-Za-z0-9_' }),
    guide: {
      grants:
        'Completes Login with Amazon / Selling Partner API OAuth as your application and exchanges refresh tokens for access tokens to every seller who authorised it.',
      revoke: 'Seller Central (or Developer Central) → Develop Apps → the app → LWA credentials → Rotate the client secret.',
      url: 'https://developer-docs.amazon.com/sp-api/docs/rotating-your-apps-lwa-credentials',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'amazon.lwa-refresh-token',
    title: 'Login with Amazon / SP-API refresh token',
    keywords: ['Atzr|'],
    // Atzr| + ~300 base64url characters (access tokens, Atza|, last one hour and are not reported).
    pattern: /(?<![A-Za-z0-9_])(?<secret>Atzr\|[A-Za-z0-9_-]{100,800})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    guide: {
      grants:
        'With the client id and secret, mints access tokens for the seller or customer who authorised your app (Selling Partner API: orders, buyer data, listings) until revoked.',
      revoke:
        'The seller revokes the app in Seller Central → Apps and Services → Manage Your Apps; the developer re-authorises to get a new refresh token and rotates the LWA secret.',
      url: 'https://developer-docs.amazon.com/sp-api/docs/authorizing-selling-partner-api-applications',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
