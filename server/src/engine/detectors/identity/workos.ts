/** workos (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { assignedTo, defineDetector, type Detector, hasOneCharacterClass, leadThen, names, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'workos.api-key',
    title: 'WorkOS API key',
    keywords: ['workos'],
    pattern: () => leadThen([assignedTo(names('workos'))], 'sk_(?:live_|test_)?[A-Za-z0-9]{30,120}'),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.replace(/^sk_(?:live_|test_)?/, '') })],
    minEntropy: 4,
    precedence: 1,
    guide: {
      grants:
        'Calls the WorkOS API for the environment: SSO connections, directory sync data (employee directories), organisations, user management.',
      revoke: 'WorkOS Dashboard → API Keys → create a new key, deploy it, then revoke the old one.',
      url: 'https://dashboard.workos.com/api-keys',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
