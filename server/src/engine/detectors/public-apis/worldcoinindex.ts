/** worldcoinindex (long tail of providers, issue 9 §3): WorldCoinIndex. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'worldcoinindex.api-key',
    title: 'WorldCoinIndex API key',
    keywords: ['worldcoinindex', 'world_coin_index', 'world-coin-index', 'world.coin.index'],
    providers: [phrase('world coin index')],
    kinds: ['key', 'token', 'secret'],
    // 35 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{35}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads cryptocurrency prices on the account's API quota.",
      revoke: 'WorldCoinIndex → Profile → API key → regenerate.',
      url: 'https://www.worldcoinindex.com/apiservice',
    },
  }),
];
