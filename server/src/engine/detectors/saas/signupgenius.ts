/** signupgenius (long tail of providers, issue 9 §3): SignUpGenius. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'signupgenius.api-key',
    title: 'SignUpGenius API key',
    keywords: ['signupgenius', 'sign_up_genius', 'sign-up-genius', 'sign.up.genius', 'signup_genius'],
    providers: [phraseAfterNonLetter('sign up genius')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads sign-up sheets and participants of the SignUpGenius account.',
      revoke: 'SignUpGenius → Tools → API key → regenerate.',
      url: 'https://www.signupgenius.com/tools/api',
    },
  }),
];
