/**
 * Replicate keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { B64URL, bodyHasOneCharacterClass, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'replicate.api-token',
    title: 'Replicate API token',
    scope: 'document',
    prefix: 'r8_',
    alphabet: B64URL,
    length: 37,
    post: [bodyHasOneCharacterClass('r8_')],
    minEntropy: 3.5,
    guide: {
      grants: 'Runs models and trainings billed to the account, and reads its predictions, deployments and private models.',
      revoke: 'replicate.com → Account settings → API tokens → Disable the token.',
      url: 'https://replicate.com/account/api-tokens',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
