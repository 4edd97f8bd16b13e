/**
 * ExchangeRate-API credentials. Shape: 24 [a-z0-9] (XCHK: KF exchangerateapi.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'exchangerateapi.api-key',
    title: 'ExchangeRate-API access key',
    keywords: ['exchangerate', 'exchange_rate', 'exchange-rate', 'exchange.rate'],
    providers: [`${phrase('exchange rate')}(?![Ss])`],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{24}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the ExchangeRate-API API (exchange rates) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'ExchangeRate-API dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://app.exchangerate-api.com/dashboard',
    },
  }),
];
