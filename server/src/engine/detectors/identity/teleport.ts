/** teleport (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { assignedTo, ci, defineDetector, type Detector, isNotMixedHex, leadThen, nameWith, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'teleport.join-token',
    title: 'Teleport join token',
    keywords: ['teleport'],
    scope: 'document',
    // Document scope: `teleport.yaml` names it `auth_token` / `join_params.token_name`.
    pattern: () =>
      leadThen(
        [
          assignedTo([
            `${ci('join')}[_-]?${ci('token')}`,
            `${ci('auth')}[_-]?${ci('token')}`,
            `${ci('token')}[_-]?${ci('name')}`,
            nameWith('teleport', 'token'),
          ]),
          `${ci('invite token')}:\\s*`,
        ],
        '[0-9a-f]{32}',
      ),
    post: [isNotMixedHex],
    guide: {
      grants: "Joins a new node, proxy or bot to the Teleport cluster with the token's roles until it expires.",
      revoke: '`tctl tokens ls` then `tctl tokens rm <token>`; prefer delegated join methods (IAM, GitHub, Kubernetes) over static tokens.',
      url: 'https://goteleport.com/docs/reference/cli/tctl/#tctl-tokens-rm',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
