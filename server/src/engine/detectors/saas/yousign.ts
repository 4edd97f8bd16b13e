/** yousign (long tail of providers, issue 9 §3): Yousign. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'yousign.api-key',
    title: 'Yousign API key',
    keywords: ['yousign', 'you_sign', 'you-sign', 'you.sign'],
    providers: [phraseAfterNonLetter('you sign')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Creates signature requests and reads signed documents and signer data of the Yousign organization.',
      revoke: 'Yousign → Settings → API → API keys → revoke and create a new key.',
      url: 'https://yousign.app/auth/workspace/api-keys',
    },
  }),
];
