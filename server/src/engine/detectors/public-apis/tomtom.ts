/** tomtom (long tail of providers, issue 9 §3): TomTom. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'tomtom.api-key',
    title: 'TomTom API key',
    keywords: ['tomtom', 'tom_tom', 'tom-tom', 'tom.tom'],
    providers: [phraseAfterNonLetter('tom tom')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls TomTom maps, routing, traffic and search APIs, billed to the developer account.',
      revoke: 'TomTom developer portal → Dashboard → Keys → the key → regenerate or delete.',
      url: 'https://developer.tomtom.com/user/me/apps',
    },
  }),
];
