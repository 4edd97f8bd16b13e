/** paypal (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, phrase, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'paypal.client-secret',
    title: 'PayPal REST client secret',
    keywords: ['paypal'],
    providers: [phrase('paypal')],
    kinds: ['client secret', 'secret', 'app secret'],
    // 80 base64url characters (the client id, also 80 and usually starting with A, is not secret alone).
    value: '[A-Za-z0-9_-]{64,100}',
    minEntropy: 4,
    companions: [
      {
        name: 'client_id',
        pattern: /[Cc][Ll][Ii][Ee][Nn][Tt][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>A[A-Za-z0-9_-]{63,99})/,
        withinLines: 3,
      },
    ],
    guide: {
      grants:
        'With the client id, obtains OAuth access tokens for the PayPal REST app: create payments, refunds and payouts (live credentials move real money).',
      revoke: 'developer.paypal.com → Apps & Credentials → the app → Secret key → Generate a new secret, then disable/delete the old one.',
      url: 'https://developer.paypal.com/dashboard/applications',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
