/** keycloak (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import {
  assignedTo,
  ci,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  nameWith,
  STORE_IN_SECRET_MANAGER,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'keycloak.client-secret',
    title: 'Keycloak client secret',
    keywords: ['keycloak', 'kc_client_secret'],
    pattern: () => leadThen([assignedTo([nameWith('keycloak', 'secret'), ci('kc_client_secret')])], '[A-Za-z0-9]{32}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.8,
    guide: {
      grants: 'Obtains tokens as the confidential client (client credentials grant) and completes logins as it.',
      revoke: 'Keycloak admin → realm → Clients → the client → Credentials → Regenerate secret.',
      url: 'https://www.keycloak.org/docs/latest/server_admin/#_client-credentials',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
