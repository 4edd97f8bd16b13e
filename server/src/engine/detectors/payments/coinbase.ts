/** coinbase (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import {
  contextual,
  defineDetector,
  lacksLetterAndDigit,
  phrase,
  phraseAfterNonLetter,
  STORE_IN_SECRET_STORE,
  UUID,
  type Detector,
} from '../kit/index.js';

const PEM_BODY_LINE = '[ \\t]{0,16}[A-Za-z0-9+/=]{1,76}';
const PEM_EOL = '(?:\\\\r)?(?:\\\\n|\\r?\\n)';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'coinbase.cdp-api-key',
    title: 'Coinbase Developer Platform API key (EC private key)',
    keywords: ['/apiKeys/'],
    scope: 'document',
    // cdp_api_key.json: {"name": "organizations/<uuid>/apiKeys/<uuid>", "privateKey": "<EC PEM>"}; the
    // PEM may be JSON-escaped (\n) or raw. The key name must be near.
    pattern: () =>
      new RegExp(
        `(?<secret>-{5}BEGIN EC PRIVATE KEY-{5}${PEM_EOL}(?:${PEM_BODY_LINE}${PEM_EOL}){1,8}[ \\t]{0,16}-{5}END EC PRIVATE KEY-{5})`,
      ),
    companions: [{ name: 'key_name', pattern: new RegExp(`(?<value>organizations/${UUID}/apiKeys/${UUID})`), withinLines: 8 }],
    requireCompanion: true,
    guide: {
      grants:
        'Signs Coinbase Developer Platform / Advanced Trade API requests as the key: per its permissions, view balances, trade and transfer funds out of the account.',
      revoke:
        'portal.cdp.coinbase.com → API Keys → the key → Delete, then create a new one with the minimum permissions and an IP allowlist.',
      url: 'https://portal.cdp.coinbase.com/projects/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  contextual({
    id: 'coinbase.cdp-secret-key',
    title: 'Coinbase Developer Platform API key secret (Ed25519)',
    keywords: ['cdp_', 'cdp-', 'cdpapi', 'cdpsecret', 'coinbase'],
    providers: [phraseAfterNonLetter('cdp'), phrase('coinbase')],
    kinds: ['api key secret', 'key secret', 'api secret', 'secret', 'private key'],
    // The 2025 Secret API keys: base64 of a 64-byte Ed25519 key (88 chars).
    value: '[A-Za-z0-9+/]{86}==',
    minEntropy: 4.5,
    guide: {
      grants:
        'Signs Coinbase Developer Platform API requests as the key: per its permissions, view balances, trade and transfer funds, manage wallets.',
      revoke:
        'portal.cdp.coinbase.com → API Keys → the key → Delete, then create a new one with the minimum permissions and an IP allowlist.',
      url: 'https://portal.cdp.coinbase.com/projects/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  contextual({
    id: 'coinbase.api-secret',
    title: 'Coinbase legacy API secret',
    keywords: ['coinbase'],
    providers: [phrase('coinbase')],
    kinds: ['api secret', 'secret key', 'secret'],
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "With the API key, signs Coinbase API requests: per the key's permissions, view balances, trade and send funds.",
      revoke: 'Coinbase → Settings → API → the key → Delete (legacy keys are being retired; move to CDP keys).',
      url: 'https://www.coinbase.com/settings/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
