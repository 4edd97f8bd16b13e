/** monday (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, JWT_SHORT_PARTS, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'monday.api-token',
    title: 'monday.com API token',
    keywords: ['monday'],
    // A JWT (HS256); the generic JWT detector yields to this one.
    pattern: () => assignment(providerNames(['monday']), JWT_SHORT_PARTS),
    guide: {
      grants: "Acts as the user on monday.com's GraphQL API: read and change every board, item, update and file they can access.",
      revoke:
        'monday.com → avatar → Developers → My access tokens → Regenerate (admins: Administration → Connections → Personal API token).',
      url: 'https://developer.monday.com/api-reference/docs/authentication',
    },
  }),
];
