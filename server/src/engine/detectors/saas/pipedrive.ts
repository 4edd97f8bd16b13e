/** pipedrive (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'pipedrive.api-token',
    title: 'Pipedrive API token',
    keywords: ['pipedrive'],
    pattern: () => assignment(providerNames(['pipedrive']), '[0-9a-f]{40}'),
    minEntropy: 3.0,
    guide: {
      grants: "Acts as the user on Pipedrive's API: read and edit deals, persons, organisations and activities they can see.",
      revoke: 'Pipedrive → avatar → Personal preferences → API → Generate new token.',
      url: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token',
    },
  }),
];
