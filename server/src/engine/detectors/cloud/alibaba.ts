/** Alibaba Cloud credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  B62,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  lacksLetterAndDigit,
  lacksMixedClasses,
  phrase,
  prefixedToken,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'alibaba.access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    keywords: ['LTAI'],
    scope: 'document',
    pattern: () => prefixedToken('LTAI', B62, [12, 20]),
    post: [lacksLetterAndDigit],
    companions: [
      {
        name: 'access_key_secret',
        pattern: /(?<![A-Za-z0-9+/])(?<value>[A-Za-z0-9]{30})(?![A-Za-z0-9+/=])/,
        withinLines: 4,
        post: [lacksMixedClasses],
      },
    ],
    guide: {
      grants:
        'Together with its AccessKey secret, signs Alibaba Cloud API calls as the RAM user or account: everything its policies allow (ECS, OSS, RDS …).',
      revoke: 'RAM console → Users → the user → AccessKey → Disable, then Delete; create a new AccessKey and update its consumers first.',
      url: 'https://ram.console.aliyun.com/users',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'alibaba.access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    keywords: ['accesskeysecret', 'access_key_secret', 'access-key-secret', 'access.key.secret', 'alibaba', 'aliyun', 'alicloud'],
    pattern: () =>
      anchored(
        assignment(
          [
            phrase('access key secret'),
            `${ci('alibaba')}[A-Za-z0-9_.-]{0,30}${ci('secret')}`,
            `${ci('aliyun')}[A-Za-z0-9_.-]{0,30}${ci('secret')}`,
            `${ci('alicloud')}[A-Za-z0-9_.-]{0,20}${ci('secret')}`,
          ],
          '[A-Za-z0-9]{30}',
        ),
      ),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    guide: {
      grants: "Signs Alibaba Cloud API calls for its AccessKey ID: full access within the RAM user's policies.",
      revoke: 'RAM console → Users → AccessKey → disable and delete the pair; create a new pair.',
      url: 'https://ram.console.aliyun.com/users',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
