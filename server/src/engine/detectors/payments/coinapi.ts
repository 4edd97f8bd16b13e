/**
 * CoinAPI credentials. Shape: UUID, upper case (XCHK: KF coinapi.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phrase, STORE_IN_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'coinapi.api-key',
    title: 'CoinAPI key',
    keywords: ['coinapi', 'coin_api', 'coin-api', 'coin.api'],
    providers: [phrase('coin api')],
    // `<NAME>_API_KEY`: the name's own `API` is the provider's, so a bare `key` kind follows it.
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token', 'key'],
    value: UUID,
    post: [hasRunOf(8)],
    guide: {
      grants: 'Calls CoinAPI market data (REST, WebSocket, FIX) on the subscription plan of the account.',
      revoke: 'CoinAPI customer portal → API keys → revoke the key and issue a new one.',
      url: 'https://customerportal.coinapi.io/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
