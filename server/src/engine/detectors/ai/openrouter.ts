/**
 * OpenRouter keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { HEX, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'openrouter.api-key',
    title: 'OpenRouter API key',
    scope: 'document',
    prefix: 'sk-or-v1-',
    alphabet: HEX,
    length: 64,
    guide: {
      grants: "Spends the account's OpenRouter credits on any routed model.",
      revoke: 'openrouter.ai → Keys → delete (or disable) the key.',
      url: 'https://openrouter.ai/settings/keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
