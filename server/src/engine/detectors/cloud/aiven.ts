/** Aiven credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { anchored, assignment, ci, defineDetector, INJECT_FROM_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'aiven.token',
    title: 'Aiven API token',
    keywords: ['aiven'],
    pattern: () => anchored(assignment([`${ci('aiven')}[A-Za-z0-9_.-]{0,30}${ci('token')}`], '[A-Za-z0-9/+]{300,400}={0,2}')),
    minEntropy: 4.5,
    guide: {
      grants:
        'Calls the Aiven API as the user: create, read credentials of and delete the managed Kafka, PostgreSQL, OpenSearch … services of the projects the user can access.',
      revoke: 'Aiven Console → User profile → Tokens → Revoke; create a new token with a max age.',
      url: 'https://console.aiven.io/profile/tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
