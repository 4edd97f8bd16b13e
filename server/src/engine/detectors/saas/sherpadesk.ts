/** sherpadesk (long tail of providers, issue 9 §3): SherpaDesk. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'sherpadesk.api-key',
    title: 'SherpaDesk API key',
    keywords: ['sherpadesk', 'sherpa_desk', 'sherpa-desk', 'sherpa.desk'],
    providers: [phrase('sherpa desk')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes tickets, time entries and accounts of the SherpaDesk instance as the user.',
      revoke: 'SherpaDesk → Profile → API key → regenerate.',
      url: 'https://app.sherpadesk.com/',
    },
  }),
];
