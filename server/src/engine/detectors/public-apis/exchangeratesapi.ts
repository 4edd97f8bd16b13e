/**
 * exchangeratesapi.io credentials. Shape: 32 [a-z0-9] (XCHK: KF exchangeratesapi.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'exchangeratesapi.api-key',
    title: 'exchangeratesapi.io API access key',
    keywords: ['exchangerates', 'exchange_rates', 'exchange-rates', 'exchange.rates'],
    providers: [phrase('exchange rates')],
    // `<NAME>_API_KEY`: the name's own `API` is the provider's, so a bare `key` kind follows it.
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token', 'key'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the exchangeratesapi.io API (exchange rates) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'exchangeratesapi.io dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://exchangeratesapi.io/dashboard',
    },
  }),
];
