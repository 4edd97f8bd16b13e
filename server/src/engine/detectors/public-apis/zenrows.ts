/** zenrows (long tail of providers, issue 9 §3): ZenRows. */
import { contextual, type Detector, isNotMixedHex, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'zenrows.api-key',
    title: 'ZenRows API key',
    keywords: ['zenrows', 'zen_rows', 'zen-rows', 'zen.rows'],
    providers: [phraseAfterNonLetter('zen rows')],
    kinds: ['key', 'token', 'secret'],
    // 40 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{40}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Sends scraping requests through ZenRows on the account's credits.",
      revoke: 'ZenRows dashboard → API key → regenerate.',
      url: 'https://app.zenrows.com/builder',
    },
  }),
];
