/**
 * Tavily keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { B62, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'tavily.api-key',
    title: 'Tavily API key',
    keywords: ['tvly-'],
    scope: 'document',
    prefix: ['tvly-prod-', 'tvly-dev-', 'tvly-'],
    alphabet: B62,
    length: [32, 40],
    guide: {
      grants: "Runs Tavily searches and extractions billed to the account's credits.",
      revoke: 'app.tavily.com → API Keys → delete the key.',
      url: 'https://app.tavily.com',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
