/** walkscore (long tail of providers, issue 9 §3): Walk Score. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'walkscore.api-key',
    title: 'Walk Score API key',
    keywords: ['walkscore', 'walk_score', 'walk-score', 'walk.score'],
    providers: [phraseAfterNonLetter('walk score')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Calls the Walk Score, Transit Score and Bike Score APIs on the key's daily quota.",
      revoke: 'Walk Score professional account → API key → ask support for a new key.',
      url: 'https://www.walkscore.com/professional/api.php',
    },
  }),
];
