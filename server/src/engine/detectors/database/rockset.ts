/** rockset (long tail of providers, issue 9 §3): Rockset. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'rockset.api-key',
    title: 'Rockset API key',
    keywords: ['rockset'],
    providers: [phrase('rockset')],
    kinds: ['key', 'token', 'secret'],
    // 64 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{64}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries and writes the Rockset organization's collections with the key's role.",
      revoke: 'Rockset console → API keys → delete the key.',
      url: 'https://console.rockset.com/apikeys',
    },
  }),
];
