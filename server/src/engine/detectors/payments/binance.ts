/** binance (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, phrase, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'binance.api-secret',
    title: 'Binance API secret key',
    keywords: ['binance'],
    providers: [phrase('binance')],
    kinds: ['api secret', 'secret key', 'secret'],
    value: '[A-Za-z0-9]{64}',
    minEntropy: 4,
    companions: [
      { name: 'api_key', pattern: /[Aa][Pp][Ii][_.-]?[Kk][Ee][Yy]["']?\s*[:=]\s*["']?(?<value>[A-Za-z0-9]{64})\b/, withinLines: 3 },
    ],
    guide: {
      grants:
        "With the API key, signs Binance requests: per the key's restrictions, trades, reads balances and (if enabled) withdraws funds.",
      revoke:
        'Binance → Account → API Management → the key → Delete, then create a new one with IP restriction and no withdrawal permission.',
      url: 'https://www.binance.com/en/my/settings/api-management',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
