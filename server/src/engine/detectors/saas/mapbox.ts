/** mapbox (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mapbox.secret-token',
    title: 'Mapbox secret access token',
    keywords: ['sk.eyJ'],
    scope: 'document',
    // `sk.` + Base64url JSON payload + `.` + ~22 chars; the `pk.eyJ` public token is not flagged.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>sk\\.eyJ[A-Za-z0-9_-]{10,400}\\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])`),
    guide: {
      grants:
        "Uses the account's secret scopes: upload and delete tilesets, styles and datasets, list and create tokens, download SDKs, read statistics; usage is billed to the account.",
      revoke: 'account.mapbox.com/access-tokens → the token → Delete (create a replacement with only the scopes needed).',
      url: 'https://account.mapbox.com/access-tokens',
    },
  }),
];
