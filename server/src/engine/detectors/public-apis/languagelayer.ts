/** languagelayer (apilayer API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'languagelayer.api-key',
    title: 'languagelayer API access key',
    keywords: ['languagelayer'],
    providers: [phrase('languagelayer')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `languagelayer` name: an apilayer access key, sent as `access_key=` (no prefix).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs language detection on the account's monthly quota.",
      revoke: 'languagelayer dashboard → Reset the API access key (the old key stops working).',
      url: 'https://languagelayer.com/dashboard',
    },
  }),
];
