/**
 * Voyage AI keys (CREDENTIAL-FORMATS.md §5). No distinctive prefix: the provider's name must be
 * in the variable name.
 */
import { assignedTo, defineDetector, leadThen, names, STORE_AI_PLATFORM_KEY, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'voyage.api-key',
    title: 'Voyage AI API key',
    keywords: ['voyage'],
    pattern: () => leadThen([assignedTo(names('voyage'))], 'pa-[A-Za-z0-9_-]{40,48}'),
    minEntropy: 4,
    guide: {
      grants: 'Computes embeddings and rerankings billed to the account.',
      revoke: 'dash.voyageai.com → API Keys → delete the key.',
      url: 'https://dash.voyageai.com',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
