/** statuscake (long tail of providers, issue 9 §3): StatusCake. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'statuscake.api-key',
    title: 'StatusCake API key',
    keywords: ['statuscake', 'status_cake', 'status-cake', 'status.cake'],
    providers: [phrase('status cake')],
    kinds: ['key', 'token', 'secret'],
    // 20 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{20}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes uptime, page-speed and SSL tests, contact groups and alerts of the StatusCake account.',
      revoke: 'StatusCake → Account → API keys → delete the key and create a new one.',
      url: 'https://app.statuscake.com/User.php',
    },
  }),
];
