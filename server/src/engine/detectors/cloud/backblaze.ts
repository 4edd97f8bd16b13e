/** Backblaze B2 credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { B64, defineDetector, INJECT_FROM_SECRET_STORE, lacksMixedClasses, prefixedToken, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'backblaze.b2-application-key',
    title: 'Backblaze B2 application key',
    keywords: ['backblaze', 'b2_application', 'b2-application', 'b2applicationkey', 'b2_app_key', 'b2_key'],
    scope: 'document',
    pattern: () => prefixedToken('K00', B64, 28),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    companions: [{ name: 'key_id', pattern: /(?<![A-Za-z0-9])(?<value>00[0-9a-f]{23}(?:[0-9a-f]{2})?)(?![A-Za-z0-9])/, withinLines: 3 }],
    guide: {
      grants:
        'Reads, writes or deletes files in the Backblaze B2 buckets the application key is restricted to (all buckets for the master key).',
      revoke: 'Backblaze web console → App Keys → Delete the key; create a new key limited to the needed bucket.',
      url: 'https://secure.backblaze.com/app_keys.htm',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
