/** dropbox (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { B64URL, defineDetector, type Detector, prefixedToken } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'dropbox.access-token',
    title: 'Dropbox short-lived access token',
    keywords: ['sl.'],
    scope: 'document',
    // `sl.` + 130–152 base64url (newer `sl.u.`/`sl.B…` variants are longer).
    pattern: () => prefixedToken(['sl.u.', 'sl.'], B64URL, [130, 1500]),
    guide: {
      grants: "Acts as the user (or team) on Dropbox with the app's scopes: read, write and share files until it expires (about 4 hours).",
      revoke:
        'Call POST https://api.dropboxapi.com/2/auth/token/revoke with the token, or the user disconnects the app in Dropbox → Settings → Connected apps.',
      url: 'https://www.dropbox.com/developers/apps',
    },
  }),
];
