/** plaid (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, defineDetector, phrase, STORE_IN_SECRET_STORE, tokenPattern, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'plaid.secret',
    title: 'Plaid secret',
    keywords: ['plaid'],
    providers: [phrase('plaid')],
    kinds: ['secret', 'secret key', 'api secret', 'production secret', 'development secret', 'sandbox secret'],
    value: '[0-9a-f]{30}',
    minEntropy: 3,
    companions: [
      { name: 'client_id', pattern: /[Cc][Ll][Ii][Ee][Nn][Tt][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{24})\b/, withinLines: 3 },
    ],
    guide: {
      grants:
        "With the client id, calls the Plaid API for the environment: creates Link tokens and, with item access tokens, reads linked users' bank accounts, balances and transactions.",
      revoke: 'Plaid Dashboard → Developers → Keys → rotate the secret for that environment, then delete the old one.',
      url: 'https://dashboard.plaid.com/developers/keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'plaid.access-token',
    title: 'Plaid item access token',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: () => tokenPattern(`access-(?:production|development|sandbox)-${UUID}`, { right: 'A-Za-z0-9_-' }),
    guide: {
      grants:
        "With the client id and secret, reads the linked user's bank accounts, balances, transactions and identity for that item (sandbox: test data).",
      revoke: 'Call `/item/access_token/invalidate` to rotate it, or `/item/remove` to revoke the item entirely.',
      url: 'https://plaid.com/docs/api/items/#itemremove',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
