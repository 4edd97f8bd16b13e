/**
 * Groq keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { B62, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'groq.api-key',
    title: 'Groq API key',
    scope: 'document',
    prefix: 'gsk_',
    alphabet: B62,
    length: 52,
    guide: {
      grants: 'Runs inference on Groq billed to the organisation and reads its batch files.',
      revoke: 'console.groq.com → API Keys → delete the key.',
      url: 'https://console.groq.com/keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
