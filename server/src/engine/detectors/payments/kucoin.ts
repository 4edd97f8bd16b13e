/** kucoin (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, phrase, STORE_IN_SECRET_STORE, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'kucoin.api-secret',
    title: 'KuCoin API secret',
    keywords: ['kucoin'],
    providers: [phrase('kucoin')],
    kinds: ['api secret', 'secret key', 'secret'],
    value: UUID,
    companions: [
      { name: 'api_key', pattern: /[Aa][Pp][Ii][_.-]?[Kk][Ee][Yy]["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{24})\b/, withinLines: 3 },
    ],
    guide: {
      grants: "With the API key and passphrase, signs KuCoin requests: per the key's permissions, trades and (if enabled) withdraws funds.",
      revoke: 'KuCoin → Account → API Management → the key → Delete, then create a new one with IP restriction.',
      url: 'https://www.kucoin.com/account/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
