/** whoxy (long tail of providers, issue 9 §3): Whoxy. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'whoxy.api-key',
    title: 'Whoxy API key',
    keywords: ['whoxy'],
    providers: [phraseAfterNonLetter('whoxy')],
    kinds: ['key', 'token', 'secret'],
    // 33 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{33}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs WHOIS and reverse-WHOIS queries on the account's prepaid credits.",
      revoke: 'Whoxy → Account → API key → regenerate.',
      url: 'https://www.whoxy.com/account/',
    },
  }),
];
