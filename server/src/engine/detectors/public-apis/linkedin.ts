/** linkedin (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, hasOneCharacterClass, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'linkedin.client-secret',
    title: 'LinkedIn app client secret',
    keywords: ['linkedin'],
    // 16 base62 (the client id, 12–14 [a-z0-9], is public); newer `WPL_AP1.` secrets: next detector.
    pattern: () => assignment(providerNames(['linkedin'], names('secret')), '[A-Za-z0-9]{16}'),
    minEntropy: 3.0,
    post: [hasOneCharacterClass],
    guide: {
      grants: 'With the client ID, exchanges authorization codes for member access tokens as your app and runs client-credentials flows.',
      revoke: 'linkedin.com/developers/apps → the app → Auth → Generate a new client secret, then delete the old one.',
      url: 'https://www.linkedin.com/developers/apps',
    },
  }),
  defineDetector({
    id: 'linkedin.client-secret-wpl',
    title: 'LinkedIn app client secret (WPL_AP1)',
    keywords: ['WPL_AP1.'],
    scope: 'document',
    // `WPL_AP1.` + 16 + `.` + Base64 (unverified).
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>WPL_AP1\\.[A-Za-z0-9]{16}\\.[A-Za-z0-9+/]{4,60}={0,2})(?![A-Za-z0-9+/=])`),
    guide: {
      grants: 'With the client ID, exchanges authorization codes for member access tokens as your app.',
      revoke: 'linkedin.com/developers/apps → the app → Auth → Generate a new client secret, then delete the old one.',
      url: 'https://www.linkedin.com/developers/apps',
    },
  }),
];
