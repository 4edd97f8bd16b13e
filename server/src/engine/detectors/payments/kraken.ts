/** kraken (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, phrase, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'kraken.api-secret',
    title: 'Kraken API private key',
    keywords: ['kraken'],
    providers: [phrase('kraken')],
    kinds: ['private key', 'api secret', 'secret key', 'secret'],
    // Base64 of 64 bytes: 88 characters.
    value: '[A-Za-z0-9+/]{86}==',
    minEntropy: 4.5,
    guide: {
      grants: "With the API key, signs Kraken requests: per the key's permissions, queries funds, trades and (if allowed) withdraws.",
      revoke: 'Kraken → Settings → API → the key → Delete, then create a new one with the minimum permissions.',
      url: 'https://pro.kraken.com/app/settings/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
