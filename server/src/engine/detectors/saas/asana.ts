/** asana (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'asana.pat',
    title: 'Asana personal access token',
    // Version digit `0`/`1`/`2` + `/` + user (and token) gid + `:` + 32 hex; legacy `0/` + 32 hex.
    // The shape is distinctive, but `asana` must still occur in the document.
    keywords: ['asana'],
    scope: 'document',
    pattern: () =>
      new RegExp(`(?<![A-Za-z0-9_/.-])(?<secret>[012]/[0-9]{10,20}(?:/[0-9]{10,20})?:[0-9a-f]{32}|0/[0-9a-f]{32})(?![A-Za-z0-9/])`),
    guide: {
      grants:
        'Acts as the user in every Asana workspace and organization they belong to: read and change tasks, projects, comments and attachments.',
      revoke: 'Asana → Settings → Apps → View developer console → Personal access tokens → the token → Revoke.',
      url: 'https://app.asana.com/0/my-apps',
    },
  }),
];
