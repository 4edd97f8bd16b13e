/** stormglass (long tail of providers, issue 9 §3): Stormglass. */
import { contextual, type Detector, hasRunOf, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'stormglass.api-key',
    title: 'Stormglass API key',
    keywords: ['stormglass', 'storm_glass', 'storm-glass', 'storm.glass'],
    providers: [phrase('storm glass')],
    kinds: ['key', 'token', 'secret'],
    // Two UUIDs joined by `-` (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: `${UUID}-${UUID}`,
    post: [hasRunOf(6)],
    guide: {
      grants: "Queries marine weather and tide data on the account's daily request quota.",
      revoke: 'Stormglass dashboard → API key → regenerate.',
      url: 'https://dashboard.stormglass.io/',
    },
  }),
];
