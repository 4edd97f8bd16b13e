/** scrutinizer (long tail of providers, issue 9 §3): Scrutinizer CI. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'scrutinizer.access-token',
    title: 'Scrutinizer CI API access token',
    keywords: ['scrutinizer'],
    providers: [phrase('scrutinizer')],
    kinds: ['key', 'token', 'secret'],
    // 64 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{64}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls the Scrutinizer API as the user: repositories, inspections and their settings.',
      revoke: 'Scrutinizer → Profile → Applications → API access tokens → revoke.',
      url: 'https://scrutinizer-ci.com/profile/applications',
    },
  }),
];
