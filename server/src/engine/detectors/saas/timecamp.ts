/** timecamp (long tail of providers, issue 9 §3): TimeCamp. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'timecamp.api-key',
    title: 'TimeCamp API key',
    keywords: ['timecamp', 'time_camp', 'time-camp', 'time.camp'],
    providers: [phraseAfterNonLetter('time camp')],
    kinds: ['key', 'token', 'secret'],
    // 26 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{26}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the user's time entries, tasks and reports.",
      revoke: 'TimeCamp → Profile → Settings → API token → regenerate.',
      url: 'https://app.timecamp.com/app#/settings/users/me',
    },
  }),
];
