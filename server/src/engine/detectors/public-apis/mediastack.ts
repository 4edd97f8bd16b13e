/** mediastack (apilayer API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mediastack.api-key',
    title: 'mediastack API access key',
    keywords: ['mediastack'],
    providers: [phrase('mediastack')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `mediastack` name: an apilayer access key, sent as `access_key=` (no prefix).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries news data on the account's monthly quota.",
      revoke: 'mediastack dashboard → Reset the API access key (the old key stops working).',
      url: 'https://mediastack.com/dashboard',
    },
  }),
];
