/** pingidentity (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import {
  assignedTo,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  nameWith,
  STORE_IN_SECRET_MANAGER,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'pingidentity.client-secret',
    title: 'PingOne / PingFederate client secret',
    keywords: ['pingone', 'pingfed', 'ping_identity', 'pingidentity'],
    pattern: () =>
      leadThen(
        [
          assignedTo([
            nameWith('pingone', 'secret'),
            nameWith('pingfed', 'secret'),
            nameWith('ping_identity', 'secret'),
            nameWith('pingidentity', 'secret'),
          ]),
        ],
        '[A-Za-z0-9_~.-]{40,80}',
      ),
    post: [hasOneCharacterClass],
    minEntropy: 4,
    guide: {
      grants: "Obtains tokens as the Ping application (worker apps can manage the environment's users and configuration).",
      revoke: 'PingOne admin → Applications → the app → Configuration → generate a new client secret (rotate) and revoke the previous one.',
      url: 'https://docs.pingidentity.com/pingone/applications/p1_edit_application_oidc.html',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
