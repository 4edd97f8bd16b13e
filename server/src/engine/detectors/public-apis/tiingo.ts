/** tiingo (long tail of providers, issue 9 §3): Tiingo. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'tiingo.api-key',
    title: 'Tiingo API key',
    keywords: ['tiingo'],
    providers: [phrase('tiingo')],
    kinds: ['key', 'token', 'secret'],
    // 40 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{40}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Reads end-of-day, IEX and crypto market data under the account's plan.",
      revoke: 'Tiingo → Account → API → Token → reset.',
      url: 'https://www.tiingo.com/account/api/token',
    },
  }),
];
