/**
 * countrylayer credentials. Shape: 32 [a-z0-9] (XCHK: KF countrylayer.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'countrylayer.api-key',
    title: 'countrylayer API access key',
    keywords: ['countrylayer', 'country_layer', 'country-layer', 'country.layer'],
    providers: [phrase('country layer')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls the countrylayer API (country data) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'countrylayer dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://countrylayer.com/dashboard',
    },
  }),
];
