/** miro (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'miro.access-token',
    title: 'Miro access token',
    keywords: ['eyJtaXJvLm9yaWdpbiI6'],
    scope: 'document',
    // Base64url of `{"miro.origin":"<region>"}` + `_` + a random part.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9+/=]{6,60}_[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])`),
    guide: {
      grants: "Acts as the user who installed the app on the team: read and change boards within the app's scopes.",
      revoke:
        "Miro → Profile settings → Your apps → uninstall the app (revokes its tokens); app owners can also revoke a token through Miro's OAuth revoke endpoint.",
      url: 'https://developers.miro.com/docs/getting-started-with-oauth',
    },
  }),
];
