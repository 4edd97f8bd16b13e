/**
 * Vonage (Nexmo) credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, B62, defineDetector, phrase, providerKindName, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'vonage.api-secret',
    title: 'Vonage (Nexmo) API secret',
    keywords: ['vonage', 'nexmo'],
    pattern: () => assignment(providerKindName([phrase('vonage'), phrase('nexmo')], ['api secret', 'secret']), `[${B62.re}]{16,64}`),
    minEntropy: 3,
    companions: [
      {
        name: 'api_key',
        pattern: /(?:[Vv][Oo][Nn][Aa][Gg][Ee]|[Nn][Ee][Xx][Mm][Oo])[A-Za-z_]{0,10}[Kk][Ee][Yy]["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{8})\b/,
        withinLines: 4,
      },
    ],
    guide: {
      grants:
        'With the API key, calls every Vonage API on the account: sends SMS and voice calls billed to it, reads message records, manages numbers and applications.',
      revoke: 'Vonage API Dashboard → API Settings → rotate the API secret (add a new secret, deploy it, delete the old one).',
      url: 'https://dashboard.nexmo.com/settings',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
