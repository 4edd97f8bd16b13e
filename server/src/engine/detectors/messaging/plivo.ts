/**
 * Plivo credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, B62, defineDetector, phrase, providerKindName, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'plivo.auth-token',
    title: 'Plivo auth token',
    keywords: ['plivo'],
    pattern: () => assignment(providerKindName([phrase('plivo')], ['auth token', 'token', 'secret']), `[${B62.re}]{40}`),
    minEntropy: 3.5,
    companions: [{ name: 'auth_id', pattern: /(?<![A-Za-z0-9])(?<value>[MS]A[A-Z0-9]{18})(?![A-Za-z0-9])/, withinLines: 4 }],
    guide: {
      grants: 'With the auth ID, full use of the Plivo account API: SMS and calls billed to it, numbers, call records.',
      revoke: 'Plivo Console → Overview/Account → Auth Credentials → regenerate the auth token.',
      url: 'https://console.plivo.com/dashboard/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
