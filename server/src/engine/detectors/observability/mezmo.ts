/** mezmo (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, isNotMixedHex, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mezmo.ingestion-key',
    title: 'Mezmo (LogDNA) ingestion key',
    keywords: ['logdna', 'mezmo'],
    pattern: () => leadThen([assignedTo(names('logdna', 'mezmo'))], '[0-9a-f]{32}'),
    post: [isNotMixedHex],
    guide: {
      grants: 'Sends logs into the Mezmo account.',
      revoke: 'Mezmo → Settings → Organization → API Keys → generate a new ingestion key, then delete the old one.',
      url: 'https://docs.mezmo.com/docs/ingestion-key',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
