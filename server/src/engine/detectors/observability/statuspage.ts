/** statuspage (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'statuspage.api-key',
    title: 'Atlassian Statuspage API key',
    keywords: ['statuspage'],
    pattern: () => leadThen([assignedTo(names('statuspage'))], `(?:${UUID}|[0-9a-f]{32})`),
    guide: {
      grants: 'Creates and edits incidents, components and subscribers of every page the user manages (public status messages).',
      revoke: 'Statuspage → your avatar → API info → revoke the key and create a new one.',
      url: 'https://manage.statuspage.io/login',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
