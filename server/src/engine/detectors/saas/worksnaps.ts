/** worksnaps (long tail of providers, issue 9 §3): Worksnaps. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'worksnaps.api-key',
    title: 'Worksnaps API key',
    keywords: ['worksnaps', 'work_snaps', 'work-snaps', 'work.snaps'],
    providers: [phraseAfterNonLetter('work snaps')],
    kinds: ['key', 'token', 'secret'],
    // 40 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{40}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes projects, users and time entries of the Worksnaps account.',
      revoke: 'Worksnaps → Profile & Settings → Web Service API → reset the API token.',
      url: 'https://www.worksnaps.com/',
    },
  }),
];
