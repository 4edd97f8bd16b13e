/** sigopt (long tail of providers, issue 9 §3): SigOpt. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'sigopt.api-key',
    title: 'SigOpt API key',
    keywords: ['sigopt', 'sig_opt', 'sig-opt', 'sig.opt'],
    providers: [phraseAfterNonLetter('sig opt')],
    kinds: ['key', 'token', 'secret'],
    // 48 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{48}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the account's optimization experiments and their observations.",
      revoke: 'SigOpt → API tokens → regenerate.',
      url: 'https://app.sigopt.com/tokens/info',
    },
  }),
];
