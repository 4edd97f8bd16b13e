/** swiftype (long tail of providers, issue 9 §3): Swiftype. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'swiftype.api-key',
    title: 'Swiftype API key',
    keywords: ['swiftype'],
    providers: [phrase('swiftype')],
    kinds: ['key', 'token', 'secret'],
    // 6 + `_` + 6 + `-` + 6 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable
    // name says what it is.
    value: '[A-Za-z0-9]{6}_[A-Za-z0-9]{6}-[A-Za-z0-9]{6}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes the search engines, documents and analytics of the Swiftype account.',
      revoke: 'Swiftype dashboard → Account → API key → regenerate.',
      url: 'https://app.swiftype.com/settings/account',
    },
  }),
];
