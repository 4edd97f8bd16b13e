/** akamai (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { defineDetector, type Detector, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'akamai.client-secret',
    title: 'Akamai EdgeGrid client secret',
    keywords: ['akab-'],
    scope: 'document',
    // `.edgerc`: `client_secret = <44 base64>` beside `akab-…` host, client token and access token.
    pattern: /(?<name>client_secret)\s*[=:]\s*["']?(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    companions: [
      { name: 'client_token', pattern: /client_token\s*[=:]\s*["']?(?<value>akab-[a-z0-9]{16}-[a-z0-9]{16})/, withinLines: 6 },
      { name: 'access_token', pattern: /access_token\s*[=:]\s*["']?(?<value>akab-[a-z0-9]{16}-[a-z0-9]{16})/, withinLines: 6 },
    ],
    guide: {
      grants:
        'With the client and access tokens beside it, calls every Akamai API the API client is granted: changes CDN properties, purges, reads reports and certificates.',
      revoke:
        'Akamai Control Center → Identity & access → API clients → the client → rotate the credential (new secret) and deactivate the old one.',
      url: 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
