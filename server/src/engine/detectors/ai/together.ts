/**
 * Together AI keys (CREDENTIAL-FORMATS.md §5): prefixed `tgp_v1_` keys, and legacy hex keys with the provider's name in the variable name.
 */
import {
  assignedTo,
  B64URL,
  defineDetector,
  isNotMixedHex,
  leadThen,
  nameWith,
  STORE_AI_PLATFORM_KEY,
  token,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'together.api-key',
    title: 'Together AI API key',
    scope: 'document',
    prefix: 'tgp_v1_',
    alphabet: B64URL,
    length: [40, 64],
    minEntropy: 4,
    guide: {
      grants: 'Runs inference, fine-tuning and dedicated endpoints billed to the Together account.',
      revoke: 'api.together.ai → Settings → API Keys → revoke and create a new key.',
      url: 'https://api.together.ai/settings/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
  defineDetector({
    id: 'together.legacy-api-key',
    title: 'Together AI API key (legacy hex)',
    keywords: ['together'],
    pattern: () => leadThen([assignedTo([nameWith('together', 'key'), nameWith('together', 'token')])], '[0-9a-f]{64}'),
    post: [isNotMixedHex],
    guide: {
      grants: 'Runs inference and fine-tuning billed to the Together account.',
      revoke: 'api.together.ai → Settings → API Keys → revoke and create a new key.',
      url: 'https://api.together.ai/settings/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
