/** cronitor (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, isNotMixedHex, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'cronitor.api-key',
    title: 'Cronitor API key',
    keywords: ['cronitor'],
    pattern: () => leadThen([assignedTo(names('cronitor'))], '[0-9a-f]{32}'),
    post: [isNotMixedHex],
    guide: {
      grants: 'Reads and changes monitors and alerts of the account (telemetry keys only ping).',
      revoke: 'Cronitor → Settings → API → delete the key and create a new one.',
      url: 'https://cronitor.io/app/settings/api',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
