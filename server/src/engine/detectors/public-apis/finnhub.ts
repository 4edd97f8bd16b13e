/**
 * Finnhub credentials. Shape: 20 [a-z0-9] (XCHK: KF finnhub.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'finnhub.api-key',
    title: 'Finnhub API access key',
    keywords: ['finnhub'],
    providers: [phrase('finnhub')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{20}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the Finnhub API (stock and market data) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'Finnhub dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://finnhub.io/dashboard',
    },
  }),
];
