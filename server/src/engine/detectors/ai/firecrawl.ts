/**
 * Firecrawl keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { HEX, isNotMixedHex, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'firecrawl.api-key',
    title: 'Firecrawl API key',
    scope: 'document',
    prefix: 'fc-',
    alphabet: HEX,
    length: 32,
    post: [isNotMixedHex],
    guide: {
      grants: "Crawls and scrapes with the account's credits and reads its past crawl results.",
      revoke: 'firecrawl.dev → Dashboard → API Keys → delete the key.',
      url: 'https://www.firecrawl.dev/app/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
