/** Yandex Cloud credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { B64URL, defineDetector, INJECT_FROM_SECRET_STORE, lacksMixedClasses, prefixedToken, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'yandex.api-key',
    title: 'Yandex Cloud API key',
    prefix: 'AQVN',
    alphabet: B64URL,
    length: [35, 38],
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: 'Calls Yandex Cloud APIs as the service account that owns the key, with its roles.',
      revoke: 'Yandex Cloud console → the folder → Service accounts → the account → API keys → Delete (or `yc iam api-key delete`).',
      url: 'https://console.yandex.cloud/',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  token({
    id: 'yandex.oauth-token',
    title: 'Yandex OAuth token',
    prefix: ['y0_', 'y1_', 'y2_', 'y3_'],
    alphabet: B64URL,
    length: [50, 64],
    scope: 'document',
    post: [lacksMixedClasses],
    minEntropy: 4.0,
    guide: {
      grants:
        "Acts as the Yandex account in the services the OAuth app was granted (Yandex Cloud CLI: exchanges for IAM tokens with the user's cloud roles).",
      revoke: 'id.yandex.ru → Security → Access to your data → revoke the application (this invalidates its tokens).',
      url: 'https://id.yandex.ru/security',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'yandex.static-access-key',
    title: 'Yandex Cloud static access key secret (S3)',
    keywords: ['yandex'],
    scope: 'document',
    pattern: () => prefixedToken('YC', B64URL, 38),
    post: [lacksMixedClasses],
    // Yandex keys live in AWS-style config (`aws_secret_access_key = YC…`): the Yandex reading is the precise one.
    precedence: 1,
    minEntropy: 4.0,
    guide: {
      grants: 'S3-compatible access to Yandex Object Storage (and other AWS-compatible APIs) as the service account.',
      revoke: 'Yandex Cloud console → Service accounts → the account → Static access keys → Delete (or `yc iam access-key delete`).',
      url: 'https://console.yandex.cloud/',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
