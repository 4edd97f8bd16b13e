/**
 * currencylayer credentials. Shape: 32 [a-z0-9] (XCHK: KF currencylayer.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'currencylayer.api-key',
    title: 'currencylayer API access key',
    keywords: ['currencylayer', 'currency_layer', 'currency-layer', 'currency.layer'],
    providers: [phrase('currency layer')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the currencylayer API (exchange rates) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'currencylayer dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://currencylayer.com/dashboard',
    },
  }),
];
