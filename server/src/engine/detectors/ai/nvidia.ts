/**
 * NVIDIA (build.nvidia.com / NGC) keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { B64URL, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'nvidia.api-key',
    title: 'NVIDIA API key (build.nvidia.com / NGC)',
    scope: 'document',
    prefix: 'nvapi-',
    alphabet: B64URL,
    length: [60, 70],
    minEntropy: 4,
    guide: {
      grants: 'Calls NVIDIA-hosted models and pulls private NGC containers and models of the organisation.',
      revoke: 'ngc.nvidia.com (or build.nvidia.com) → Setup → API Keys → revoke the key.',
      url: 'https://org.ngc.nvidia.com/setup/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
