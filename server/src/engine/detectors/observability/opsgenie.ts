/** opsgenie (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'opsgenie.api-key',
    title: 'Opsgenie API key',
    keywords: ['opsgenie', 'geniekey'],
    pattern: () => leadThen([`[gG]enie[kK]ey\\s+`, assignedTo(names('opsgenie'))], UUID),
    guide: {
      grants: 'Creates and closes alerts and, for global keys, reads and changes teams, schedules and integrations.',
      revoke: 'Opsgenie → Settings → API key management (or the integration) → disable and delete the key.',
      url: 'https://support.atlassian.com/opsgenie/docs/api-key-management/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
