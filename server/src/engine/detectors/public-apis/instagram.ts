/** instagram (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'instagram.access-token',
    title: 'Instagram API access token',
    keywords: ['IGQV', 'IGAA'],
    scope: 'document',
    // Basic Display tokens start `IGQV`, Instagram-login tokens `IGAA` (unverified): a minimum length.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>(?:IGQV|IGAA)[A-Za-z0-9_-]{100,400})(?![A-Za-z0-9_-])`),
    guide: {
      grants:
        "Reads the Instagram account's profile and media (and, for business logins, publishes content and reads comments and messages) within the granted permissions.",
      revoke:
        'The account owner removes the app in Instagram → Settings → Website permissions → Apps and websites; the developer can reset the app secret in the Meta app dashboard.',
      url: 'https://developers.facebook.com/apps',
    },
  }),
];
