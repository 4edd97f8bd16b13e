/** visualcrossing (long tail of providers, issue 9 §3): Visual Crossing. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'visualcrossing.api-key',
    title: 'Visual Crossing API key',
    keywords: ['visualcrossing', 'visual_crossing', 'visual-crossing', 'visual.crossing'],
    providers: [phrase('visual crossing')],
    kinds: ['key', 'token', 'secret'],
    // 25 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{25}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries weather history and forecasts on the account's record quota (paid plans are billed).",
      revoke: 'Visual Crossing → Account → API key → Change key.',
      url: 'https://www.visualcrossing.com/account',
    },
  }),
];
