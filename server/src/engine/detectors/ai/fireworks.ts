/**
 * Fireworks AI keys (CREDENTIAL-FORMATS.md §5). The value shape is distinctive but shared with other
 * providers: it counts only on a line that names the provider.
 */
import { bodyHasOneCharacterClass, defineDetector, STORE_AI_PLATFORM_KEY, VALUE_END, VALUE_START, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'fireworks.api-key',
    title: 'Fireworks AI API key',
    keywords: ['fireworks'],
    pattern: () => new RegExp(`${VALUE_START}(?<secret>fw_[A-Za-z0-9]{20,40})${VALUE_END}`),
    post: [bodyHasOneCharacterClass('fw_')],
    guide: {
      grants: 'Runs inference, fine-tuning and deployments billed to the Fireworks account.',
      revoke: 'fireworks.ai → Settings → API Keys → delete the key.',
      url: 'https://fireworks.ai/account/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
