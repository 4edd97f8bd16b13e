/**
 * Mistral AI keys (CREDENTIAL-FORMATS.md §5). No distinctive prefix: the provider's name must be
 * in the variable name.
 */
import { assignedTo, defineDetector, hasOneCharacterClass, leadThen, names, STORE_AI_PLATFORM_KEY, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mistral.api-key',
    title: 'Mistral AI API key',
    keywords: ['mistral'],
    pattern: () => leadThen([assignedTo(names('mistral'))], '[A-Za-z0-9]{32}'),
    post: [hasOneCharacterClass, ({ value }) => (/^[0-9a-f]+$/.test(value) ? 'hex digest' : undefined)],
    minEntropy: 4,
    guide: {
      grants: "Calls Mistral models and reads the workspace's files, fine-tunes and batch jobs.",
      revoke: 'console.mistral.ai → API Keys → delete the key.',
      url: 'https://console.mistral.ai/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
