/** vyte (long tail of providers, issue 9 §3): Vyte. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'vyte.api-key',
    title: 'Vyte API key',
    keywords: ['vyte'],
    providers: [phraseAfterNonLetter('vyte')],
    kinds: ['key', 'token', 'secret'],
    // 50 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{50}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the Vyte account's calendars, events and booking pages.",
      revoke: 'Vyte → Settings → API → regenerate the API key.',
      url: 'https://www.vyte.in/',
    },
  }),
];
