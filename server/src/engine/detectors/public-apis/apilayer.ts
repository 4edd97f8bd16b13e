/**
 * APILayer credentials. Shape: 32 base62 (XCHK: KF apilayer.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'apilayer.api-key',
    title: 'APILayer API access key',
    keywords: ['apilayer', 'api_layer', 'api-layer', 'api.layer'],
    providers: [phrase('api layer')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the APILayer API (any marketplace API the account subscribed to) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'APILayer dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://apilayer.com/account',
    },
  }),
];
