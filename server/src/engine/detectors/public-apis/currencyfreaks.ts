/**
 * CurrencyFreaks credentials. Shape: 32 [a-z0-9] (XCHK: KF currencyfreaks.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'currencyfreaks.api-key',
    title: 'CurrencyFreaks API access key',
    keywords: ['currencyfreaks', 'currency_freaks', 'currency-freaks', 'currency.freaks'],
    providers: [phrase('currency freaks')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the CurrencyFreaks API (exchange rates) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'CurrencyFreaks dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://currencyfreaks.com/dashboard',
    },
  }),
];
