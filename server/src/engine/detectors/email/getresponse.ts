/**
 * GetResponse credentials. Shape: 32 [a-z0-9] (XCHK: KF getresponse.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, STORE_IN_SECRET_STORE, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'getresponse.api-key',
    title: 'GetResponse API access key',
    keywords: ['getresponse', 'get_response', 'get-response', 'get.response'],
    providers: [phrase('get response')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the GetResponse API (e-mail marketing: contacts, campaigns and newsletters) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'GetResponse dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://app.getresponse.com/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
