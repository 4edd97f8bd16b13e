/** rawg (long tail of providers, issue 9 §3): RAWG. */
import { contextual, type Detector, isNotMixedHex, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'rawg.api-key',
    title: 'RAWG API key',
    keywords: ['rawg'],
    providers: [phraseAfterNonLetter('rawg')],
    kinds: ['key', 'token', 'secret'],
    // 32 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{32}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Queries the RAWG video-games database on the key owner's request quota (commercial plans are billed).",
      revoke: 'rawg.io → API → your key page → request a new key and retire the old one.',
      url: 'https://rawg.io/apidocs',
    },
  }),
];
