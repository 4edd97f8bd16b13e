/**
 * CurrencyScoop credentials. Shape: 32 [a-z0-9] (XCHK: KF currencyscoop.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'currencyscoop.api-key',
    title: 'CurrencyScoop API access key',
    keywords: ['currencyscoop', 'currency_scoop', 'currency-scoop', 'currency.scoop'],
    providers: [phrase('currency scoop')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the CurrencyScoop API (exchange rates) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'CurrencyScoop dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://currencyscoop.com/account',
    },
  }),
];
