/** stormboard (long tail of providers, issue 9 §3): Stormboard. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'stormboard.api-key',
    title: 'Stormboard API key',
    keywords: ['stormboard', 'storm_board', 'storm-board', 'storm.board'],
    providers: [phrase('storm board')],
    kinds: ['key', 'token', 'secret'],
    // 40 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{40}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and changes the user's Stormboard storms, ideas and comments.",
      revoke: 'Stormboard → My Account → API key → regenerate.',
      url: 'https://stormboard.com/users/account',
    },
  }),
];
