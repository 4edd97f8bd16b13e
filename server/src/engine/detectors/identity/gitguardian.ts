/** gitguardian (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
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
    id: 'gitguardian.api-key',
    title: 'GitGuardian API key',
    keywords: ['gitguardian'],
    pattern: () => leadThen([assignedTo([nameWith('gitguardian', 'key'), nameWith('gitguardian', 'token')])], '[A-Za-z0-9]{40,80}'),
    post: [hasOneCharacterClass],
    minEntropy: 4,
    guide: {
      grants: "Reads the workspace's incidents — i.e. where other leaked secrets are — and, with scopes, changes them.",
      revoke: 'GitGuardian dashboard → API → Personal access tokens (or Service accounts) → revoke the token.',
      url: 'https://dashboard.gitguardian.com/api/personal-access-tokens',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
