/** verimail (long tail of providers, issue 9 §3): Verimail. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'verimail.api-key',
    title: 'Verimail API key',
    keywords: ['verimail'],
    providers: [phrase('verimail')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Verifies e-mail addresses on the account's credits.",
      revoke: 'Verimail dashboard → API key → regenerate.',
      url: 'https://verimail.io/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
