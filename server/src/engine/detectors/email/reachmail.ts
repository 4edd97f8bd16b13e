/** reachmail (long tail of providers, issue 9 §3): ReachMail. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'reachmail.api-key',
    title: 'ReachMail API key',
    keywords: ['reachmail', 'reach_mail', 'reach-mail', 'reach.mail'],
    providers: [phrase('reach mail')],
    kinds: ['key', 'token', 'secret'],
    // 64 base64url characters (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9_-]{64}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Sends e-mail and manages lists and campaigns as the ReachMail account.',
      revoke: 'ReachMail → Account → API → regenerate the API token.',
      url: 'https://services.reachmail.net/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
