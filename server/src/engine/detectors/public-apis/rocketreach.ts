/** rocketreach (long tail of providers, issue 9 §3): RocketReach. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'rocketreach.api-key',
    title: 'RocketReach API key',
    keywords: ['rocketreach', 'rocket_reach', 'rocket-reach', 'rocket.reach'],
    providers: [phrase('rocket reach')],
    kinds: ['key', 'token', 'secret'],
    // 39 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{39}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Looks up contact e-mails and phone numbers, spending the account's lookup credits.",
      revoke: 'RocketReach → Account → API → regenerate the API key.',
      url: 'https://rocketreach.co/account?section=nav_gen_api',
    },
  }),
];
