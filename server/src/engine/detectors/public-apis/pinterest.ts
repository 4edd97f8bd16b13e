/** pinterest (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'pinterest.access-token',
    title: 'Pinterest API access token',
    keywords: ['pina_'],
    scope: 'document',
    // API v5 access tokens start `pina_` (unverified length): a minimum.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>pina_[A-Za-z0-9_-]{40,300})(?![A-Za-z0-9_-])`),
    guide: {
      grants: "Acts as the Pinterest user on API v5 within the token's scopes: boards, pins, ads accounts and analytics.",
      revoke:
        'The user disconnects the app in Pinterest → Settings → Security and permissions → Apps; the developer can rotate the app secret at developers.pinterest.com/apps.',
      url: 'https://developers.pinterest.com/apps/',
    },
  }),
];
