/** serpapi (long tail of providers, issue 9 §3): SerpApi. */
import { contextual, type Detector, isNotMixedHex, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'serpapi.api-key',
    title: 'SerpApi API key',
    keywords: ['serpapi', 'serp_api', 'serp-api', 'serp.api'],
    providers: [phraseAfterNonLetter('serp api')],
    kinds: ['key', 'token', 'secret'],
    // 64 hex (format facts: SerpApi account page (64-hex private key)); no prefix, so only the provider's name in the variable name says
    // what it is.
    value: '[0-9a-fA-F]{64}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Runs Google and other search-engine queries through SerpApi on the plan's monthly searches.",
      revoke: 'serpapi.com → Manage API Key → regenerate the private API key.',
      url: 'https://serpapi.com/manage-api-key',
    },
  }),
];
