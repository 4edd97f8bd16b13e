/** oopspam (spam-filtering API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'oopspam.api-key',
    title: 'OOPSpam API key',
    keywords: ['oopspam'],
    providers: [phrase('oopspam')],
    kinds: ['key', 'token', 'secret'],
    // 40 [A-Za-z0-9] under an `oopspam` name.
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs spam checks on the account's monthly quota.",
      revoke: 'app.oopspam.com → API key → regenerate.',
      url: 'https://app.oopspam.com/',
    },
  }),
];
