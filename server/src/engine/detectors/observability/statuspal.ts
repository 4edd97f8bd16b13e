/** statuspal (long tail of providers, issue 9 §3): Statuspal. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'statuspal.api-key',
    title: 'Statuspal API key',
    keywords: ['statuspal', 'status_pal', 'status-pal', 'status.pal'],
    providers: [phrase('status pal')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes status pages, incidents and maintenances of the Statuspal account.',
      revoke: 'Statuspal → Account → API keys → revoke and create a new key.',
      url: 'https://statuspal.io/',
    },
  }),
];
