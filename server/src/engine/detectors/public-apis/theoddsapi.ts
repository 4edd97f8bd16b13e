/** theoddsapi (long tail of providers, issue 9 §3): The Odds API. */
import { contextual, type Detector, isNotMixedHex, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'theoddsapi.api-key',
    title: 'The Odds API API key',
    keywords: ['theoddsapi', 'the_odds_api', 'the-odds-api', 'the.odds.api', 'oddsapi', 'odds_api', 'odds-api', 'odds.api'],
    providers: [phraseAfterNonLetter('the odds api'), phraseAfterNonLetter('odds api')],
    kinds: ['key', 'token', 'secret'],
    // 32 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{32}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Reads sports odds on the account's monthly request quota.",
      revoke: 'The Odds API: request a new key by e-mail from the-odds-api.com and stop using the old one.',
      url: 'https://the-odds-api.com/account/',
    },
  }),
];
