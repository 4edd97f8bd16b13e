/**
 * Perplexity keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { B62, bodyHasOneCharacterClass, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'perplexity.api-key',
    title: 'Perplexity API key',
    scope: 'document',
    prefix: 'pplx-',
    alphabet: B62,
    length: [40, 64],
    post: [bodyHasOneCharacterClass('pplx-')],
    guide: {
      grants: "Calls the Perplexity (Sonar) API billed to the account's credits.",
      revoke: 'perplexity.ai → Settings → API → delete the key.',
      url: 'https://www.perplexity.ai/settings/api',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
