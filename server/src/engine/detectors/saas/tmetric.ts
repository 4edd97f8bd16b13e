/** tmetric (long tail of providers, issue 9 §3): TMetric. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'tmetric.api-key',
    title: 'TMetric API key',
    keywords: ['tmetric'],
    providers: [phrase('tmetric')],
    kinds: ['key', 'token', 'secret'],
    // 64 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{64}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes time entries, projects and clients of the TMetric workspace as the user.',
      revoke: 'TMetric → My Profile → API tokens → revoke and create a new token.',
      url: 'https://app.tmetric.com/#/profile',
    },
  }),
];
