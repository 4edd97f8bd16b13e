/** zerobounce (long tail of providers, issue 9 §3): ZeroBounce. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'zerobounce.api-key',
    title: 'ZeroBounce API key',
    keywords: ['zerobounce', 'zero_bounce', 'zero-bounce', 'zero.bounce'],
    providers: [phraseAfterNonLetter('zero bounce')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Validates e-mail addresses and reads results, spending the account's credits.",
      revoke: 'ZeroBounce → API → API keys → delete the key and create a new one.',
      url: 'https://www.zerobounce.net/members/API',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
