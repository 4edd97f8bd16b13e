/** Railway credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { anchored, assignment, ci, defineDetector, hasRunOf, INJECT_FROM_SECRET_STORE, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'railway.token',
    title: 'Railway API / project token',
    keywords: ['railway'],
    pattern: () => anchored(assignment([`${ci('railway')}[A-Za-z0-9_.-]{0,30}${ci('token')}`], UUID)),
    post: [hasRunOf(6)],
    guide: {
      grants:
        'Project tokens deploy and read variables of one Railway environment; account/team tokens act on every project of the account.',
      revoke: 'Railway → Account Settings → Tokens (account/team tokens), or the project → Settings → Tokens (project tokens) → delete.',
      url: 'https://railway.com/account/tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
