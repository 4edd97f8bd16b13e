/** infisical (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { assignedTo, defineDetector, type Detector, isNotMixedHex, leadThen, nameWith, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'infisical.service-token',
    title: 'Infisical service token',
    keywords: ['infisical'],
    scope: 'document',
    // `st.<token id>.<secret>.<key>` (service token v2; lengths unverified, so hex ranges).
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>st\.[0-9a-f]{20,40}\.[0-9a-f]{32}\.[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    guide: {
      grants: 'Reads (and if write-scoped, changes) the secrets of the environments and paths the token was created for.',
      revoke: 'Infisical → Project settings → Service tokens → delete the token; migrate to machine identities.',
      url: 'https://infisical.com/docs/documentation/platform/token',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
  defineDetector({
    id: 'infisical.client-secret',
    title: 'Infisical universal-auth client secret',
    keywords: ['infisical'],
    pattern: () => leadThen([assignedTo([nameWith('infisical', 'secret')])], '[0-9a-f]{64}'),
    post: [isNotMixedHex],
    guide: {
      grants: 'With the client id, logs in as the machine identity and reads the secrets of every project it was added to.',
      revoke: 'Infisical → Organization → Access control → Identities → the identity → Universal Auth → revoke the client secret.',
      url: 'https://infisical.com/docs/documentation/platform/identities/universal-auth',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
