/** ipinfodb (IP geolocation API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ipinfodb.api-key',
    title: 'IPInfoDB API key',
    keywords: ['ipinfodb'],
    providers: [phrase('ipinfodb')],
    kinds: ['key', 'token', 'secret'],
    // 64 [a-z0-9] under an `ipinfodb` name.
    value: '[a-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Runs IP geolocation lookups as the account.',
      revoke: 'ipinfodb.com → account → regenerate the API key.',
      url: 'https://www.ipinfodb.com/',
    },
  }),
];
