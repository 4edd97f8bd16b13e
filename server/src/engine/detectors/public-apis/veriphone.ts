/** veriphone (long tail of providers, issue 9 §3): Veriphone. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'veriphone.api-key',
    title: 'Veriphone API key',
    keywords: ['veriphone'],
    providers: [phrase('veriphone')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Verifies phone numbers on the account's monthly credits.",
      revoke: 'Veriphone dashboard → API key → regenerate.',
      url: 'https://veriphone.io/dashboard',
    },
  }),
];
