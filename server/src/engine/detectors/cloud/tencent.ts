/** Tencent Cloud credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  B62,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  lacksMixedClasses,
  prefixedToken,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'tencent.secret-id',
    title: 'Tencent Cloud SecretId',
    keywords: ['AKID'],
    scope: 'document',
    pattern: () => prefixedToken('AKID', B62, 32),
    post: [lacksMixedClasses],
    companions: [
      {
        name: 'secret_key',
        pattern: new RegExp(`${ci('secret')}[._-]?${ci('key')}["']?\\s*[:=,]\\s*["']?(?<value>[A-Za-z0-9]{32})(?![A-Za-z0-9])`),
        withinLines: 4,
        post: [lacksMixedClasses],
      },
    ],
    guide: {
      grants: 'With its SecretKey, signs Tencent Cloud API calls (CVM, COS, CAM …) as the owning account or sub-user.',
      revoke: "CAM console → API Keys (or the sub-user's API keys) → Disable, then Delete the key; create a new one.",
      url: 'https://console.cloud.tencent.com/cam/capi',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'tencent.secret-key',
    title: 'Tencent Cloud SecretKey',
    keywords: ['tencent', 'qcloud'],
    pattern: () =>
      anchored(
        assignment(
          [
            `${ci('tencent')}[A-Za-z0-9_.-]{0,20}${ci('secret')}[._-]?${ci('key')}`,
            `${ci('qcloud')}[A-Za-z0-9_.-]{0,20}${ci('secret')}[._-]?${ci('key')}`,
          ],
          '[A-Za-z0-9]{32}',
        ),
      ),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    guide: {
      grants: "Signs Tencent Cloud API calls for its SecretId, with the owner's CAM permissions.",
      revoke: 'CAM console → API Keys → disable and delete the key pair; create a new one.',
      url: 'https://console.cloud.tencent.com/cam/capi',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
