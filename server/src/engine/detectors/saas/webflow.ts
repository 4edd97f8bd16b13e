/** webflow (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'webflow.api-token',
    title: 'Webflow API token',
    keywords: ['webflow'],
    pattern: () => assignment(providerNames(['webflow']), '[0-9a-f]{64}'),
    minEntropy: 3.0,
    guide: {
      grants: "Reads and writes the site's CMS collections, pages, form submissions, and publishes the site within the token's scopes.",
      revoke: 'Webflow → Site settings → Apps & integrations → API access → Delete the token.',
      url: 'https://developers.webflow.com/data/reference/authentication',
    },
  }),
];
