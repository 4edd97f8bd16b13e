/** zoom (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, ci, defineDetector, type Detector, hasOneCharacterClass, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'zoom.client-secret',
    title: 'Zoom client secret / SDK secret',
    keywords: ['zoom'],
    pattern: () =>
      assignment(
        providerNames(
          ['zoom'],
          ['secret'].map((x) => ci(x)),
        ),
        '[A-Za-z0-9]{20,40}',
      ),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants:
        'With the client ID (and account ID for server-to-server apps) mints access tokens for the Zoom account: meetings, recordings, users, chat.',
      revoke: 'marketplace.zoom.us → Manage → the app → App Credentials → Regenerate the client secret.',
      url: 'https://marketplace.zoom.us/user/build',
    },
  }),
];
