/** Huawei Cloud credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  lacksLetterAndDigit,
  lacksMixedClasses,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'huawei.secret-access-key',
    title: 'Huawei Cloud secret access key (SK)',
    keywords: ['huawei'],
    pattern: () => anchored(assignment([`${ci('huawei')}[A-Za-z0-9_.-]{0,30}(?:${ci('secret')}|${ci('sk')})`], '[A-Za-z0-9]{40}')),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    companions: [
      { name: 'access_key', pattern: /(?<![A-Za-z0-9])(?<value>[A-Z0-9]{20})(?![A-Za-z0-9])/, withinLines: 3, post: [lacksLetterAndDigit] },
    ],
    guide: {
      grants: 'With its access key (AK), signs Huawei Cloud API and OBS requests as the IAM user.',
      revoke: 'Huawei Cloud console → My Credentials → Access Keys → delete the key; create a new AK/SK.',
      url: 'https://console-intl.huaweicloud.com/iam/#/mine/accessKey',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
