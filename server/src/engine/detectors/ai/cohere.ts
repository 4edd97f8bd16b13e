/**
 * Cohere keys (CREDENTIAL-FORMATS.md §5). No distinctive prefix: the provider's name must be
 * in the variable name.
 */
import { assignedTo, defineDetector, hasOneCharacterClass, leadThen, names, STORE_AI_PLATFORM_KEY, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'cohere.api-key',
    title: 'Cohere API key',
    keywords: ['cohere', 'co_api_key'],
    pattern: () => leadThen([assignedTo(names('cohere', 'co_api_key'))], '[A-Za-z0-9]{40}'),
    post: [hasOneCharacterClass, ({ value }) => (/^[0-9a-f]+$/.test(value) ? 'hex digest' : undefined)],
    minEntropy: 4,
    guide: {
      grants: 'Calls Cohere models (chat, embed, rerank) billed to the account; trial keys are rate-limited.',
      revoke: 'dashboard.cohere.com → API Keys → delete the key.',
      url: 'https://dashboard.cohere.com/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
