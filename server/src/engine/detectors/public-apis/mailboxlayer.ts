/** mailboxlayer (apilayer API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mailboxlayer.api-key',
    title: 'mailboxlayer API access key',
    keywords: ['mailboxlayer'],
    providers: [phrase('mailboxlayer')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `mailboxlayer` name: an apilayer access key, sent as `access_key=` (no prefix).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs e-mail address verification on the account's monthly quota.",
      revoke: 'mailboxlayer dashboard → Reset the API access key (the old key stops working).',
      url: 'https://mailboxlayer.com/dashboard',
    },
  }),
];
