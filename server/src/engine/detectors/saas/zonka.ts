/** zonka (long tail of providers, issue 9 §3): Zonka Feedback. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'zonka.api-key',
    title: 'Zonka Feedback API key',
    keywords: ['zonka'],
    providers: [phraseAfterNonLetter('zonka')],
    kinds: ['key', 'token', 'secret'],
    // 36 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{36}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads surveys, responses and contacts of the Zonka Feedback account.',
      revoke: 'Zonka Feedback → Settings → Developers → API → regenerate the token.',
      url: 'https://app.zonkafeedback.com/',
    },
  }),
];
