/**
 * xAI (Grok) keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { alphabet, bodyHasOneCharacterClass, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'xai.api-key',
    title: 'xAI (Grok) API key',
    scope: 'document',
    prefix: 'xai-',
    alphabet: alphabet('A-Za-z0-9_'),
    length: [70, 90],
    post: [bodyHasOneCharacterClass('xai-')],
    guide: {
      grants: "Calls xAI's Grok models billed to the team.",
      revoke: 'console.x.ai → API Keys → delete the key.',
      url: 'https://console.x.ai',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
