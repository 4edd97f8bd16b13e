/** twelvedata (long tail of providers, issue 9 §3): Twelve Data. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'twelvedata.api-key',
    title: 'Twelve Data API key',
    keywords: ['twelvedata', 'twelve_data', 'twelve-data', 'twelve.data'],
    providers: [phrase('twelve data')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads market data under the account's plan credits.",
      revoke: 'Twelve Data → Account → API keys → regenerate.',
      url: 'https://twelvedata.com/account/api-keys',
    },
  }),
];
