/** Akamai (Linode) credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  terraformProviderAttribute,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'linode.pat',
    title: 'Akamai (Linode) API personal access token',
    keywords: ['linode'],
    scope: 'document',
    pattern: () =>
      anchored(
        assignment(
          [
            `${ci('linode')}[A-Za-z0-9_.-]{0,30}(?:${ci('token')}|${ci('key')}|${ci('pat')})`,
            terraformProviderAttribute('linode', ['token']),
          ],
          '[0-9a-f]{64}',
        ),
      ),
    minEntropy: 3.0,
    guide: {
      grants: "Calls the Linode API with the token's scopes: create and delete Linodes, volumes, NodeBalancers, DNS, object storage keys.",
      revoke: 'Cloud Manager → profile → API Tokens → the token → Revoke; create a new token with the least scopes needed.',
      url: 'https://cloud.linode.com/profile/tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
