/** ipstack (apilayer API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ipstack.api-key',
    title: 'ipstack API access key',
    keywords: ['ipstack'],
    providers: [phrase('ipstack')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `ipstack` name: an apilayer access key, sent as `access_key=` (no prefix).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs IP geolocation lookups on the account's monthly quota.",
      revoke: 'ipstack dashboard → Reset the API access key (the old key stops working).',
      url: 'https://ipstack.com/dashboard',
    },
  }),
];
