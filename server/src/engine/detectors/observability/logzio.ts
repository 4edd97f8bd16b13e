/** logzio (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'logzio.token',
    title: 'Logz.io shipping / API token',
    keywords: ['logz'],
    pattern: () => leadThen([assignedTo(names('logz'))], '(?:[A-Za-z]{32}|' + UUID + ')'),
    post: [({ value }) => (/^[A-Za-z]+$/.test(value) && !(/[a-z]/.test(value) && /[A-Z]/.test(value)) ? 'letters of one case' : undefined)],
    guide: {
      grants: 'Ships logs and metrics into the account (shipping tokens) or calls the Logz.io API to search and change it (API tokens).',
      revoke: 'Logz.io → Settings → Manage tokens → delete the token.',
      url: 'https://app.logz.io/#/dashboard/settings/manage-tokens',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
