/**
 * CryptoCompare credentials. Shape: 64 hex (XCHK: KF cryptocompare.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, isNotMixedHex, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'cryptocompare.api-key',
    title: 'CryptoCompare API key',
    keywords: ['cryptocompare', 'crypto_compare', 'crypto-compare', 'crypto.compare'],
    providers: [phrase('crypto compare')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[0-9a-f]{64}',
    post: [isNotMixedHex],
    guide: {
      grants: 'Calls the CryptoCompare market-data API on the paid plan of the account.',
      revoke: 'CryptoCompare → API keys → delete the key and create a new one.',
      url: 'https://www.cryptocompare.com/cryptopian/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
