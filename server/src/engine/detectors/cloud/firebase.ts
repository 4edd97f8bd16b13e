/** Firebase credentials (CREDENTIAL-FORMATS.md §1; the Firebase `AIza` web keys are gcp.api-key's). */
import { defineDetector, lacksMixedClasses, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'firebase.fcm-server-key',
    title: 'Firebase Cloud Messaging legacy server key',
    keywords: ['AAAA'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:[A-Za-z0-9_-]{130,160})(?![A-Za-z0-9_-])/,
    post: [lacksMixedClasses],
    guide: {
      grants: 'Sends push notifications to every user of the app through the (retired) legacy FCM HTTP API, where still accepted.',
      revoke:
        'Firebase console → Project settings → Cloud Messaging → delete the legacy server key (the legacy API is retired: migrate to HTTP v1 with service-account OAuth).',
      url: 'https://console.firebase.google.com/project/_/settings/cloudmessaging',
    },
  }),
];
