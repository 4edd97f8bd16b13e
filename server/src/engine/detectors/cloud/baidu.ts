/** Baidu AI Cloud (BCE) credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { anchored, assignment, ci, defineDetector, INJECT_FROM_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'baidu.bce-secret-key',
    title: 'Baidu AI Cloud (BCE) secret access key',
    keywords: ['bce_', 'bce-', 'bce.', 'bcesecret', 'baidu'],
    pattern: () =>
      anchored(
        assignment(
          [`${ci('bce')}[._-]?(?:${ci('secret')}|${ci('sk')})[A-Za-z0-9_.-]{0,20}`, `${ci('baidu')}[A-Za-z0-9_.-]{0,30}${ci('secret')}`],
          '[0-9a-f]{32}',
        ),
      ),
    minEntropy: 3.0,
    guide: {
      grants: 'With its access key id, signs Baidu AI Cloud (BCE) API calls as the account or sub-user.',
      revoke: 'Baidu AI Cloud console → Security Authentication → Access Key → disable and delete the pair; create a new one.',
      url: 'https://console.bce.baidu.com/iam/#/iam/accesslist',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
