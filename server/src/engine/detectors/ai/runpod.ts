/**
 * RunPod keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { bodyHasOneCharacterClass, STORE_AI_PLATFORM_KEY, token, UPPER_DIGITS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'runpod.api-key',
    title: 'RunPod API key',
    scope: 'document',
    prefix: 'rpa_',
    alphabet: UPPER_DIGITS,
    length: [36, 50],
    post: [bodyHasOneCharacterClass('rpa_')],
    guide: {
      grants: 'Creates, stops and deletes pods and serverless endpoints billed to the account, and reads their data.',
      revoke: 'runpod.io → Settings → API Keys → delete the key.',
      url: 'https://www.runpod.io/console/user/settings',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
