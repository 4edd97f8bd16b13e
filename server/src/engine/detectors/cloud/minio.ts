/** MinIO credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { anchored, assignment, defineDetector, INJECT_FROM_SECRET_STORE, phrase, rejectValues, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'minio.root-password',
    title: 'MinIO root password / secret key',
    keywords: ['minio'],
    pattern: () =>
      anchored(
        assignment(
          [phrase('minio root password'), phrase('minio secret key'), phrase('minio secret')],
          '[A-Za-z0-9!#%&*+./:?@^_~-]{8,128}',
          {
            valueEnd: '(?![A-Za-z0-9!#%&*+./:?@^_~-])',
          },
        ),
      ),
    post: [rejectValues(['minioadmin', 'minio123', 'minio-secret', 'miniosecret', 'password'], 'well-known default')],
    minEntropy: 2.5,
    guide: {
      grants: 'Full administrative access to the MinIO deployment: every bucket, object, user and policy.',
      revoke:
        'Change MINIO_ROOT_PASSWORD (and user) in the server environment and restart the servers; rotate any access keys created with it.',
      url: 'https://min.io/docs/minio/linux/administration/identity-access-management/minio-user-management.html',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
