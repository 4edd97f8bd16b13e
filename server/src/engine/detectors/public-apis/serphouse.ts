/** serphouse (long tail of providers, issue 9 §3): SERPHouse. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'serphouse.api-key',
    title: 'SERPHouse API key',
    keywords: ['serphouse', 'serp_house', 'serp-house', 'serp.house'],
    providers: [phraseAfterNonLetter('serp house')],
    kinds: ['key', 'token', 'secret'],
    // 60 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{60}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs search-engine result queries through SERPHouse on the account's credits.",
      revoke: 'SERPHouse dashboard → API key → regenerate.',
      url: 'https://app.serphouse.com/',
    },
  }),
];
