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
    keywords: [
      'exchangeratesapi',
      'exchange_rates_api',
      'exchange-rates-api',
      'exchange.rates.api',
      'exchangeratesapiio',
      'exchangeratesapi_io',
      'exchangeratesapi-io',
      'exchangeratesapi.io',
    ],
    providers: [phrase('exchange rates api'), phrase('exchangeratesapi io')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
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
