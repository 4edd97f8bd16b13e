/** userstack (long tail of providers, issue 9 §3): userstack. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'userstack.api-key',
    title: 'userstack API key',
    keywords: ['userstack', 'user_stack', 'user-stack', 'user.stack'],
    providers: [phraseAfterNonLetter('user stack')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Parses user-agent strings through userstack (apilayer) on the subscription's quota.",
      revoke: 'userstack dashboard → Your API access key → Reset.',
      url: 'https://userstack.com/dashboard',
    },
  }),
];
