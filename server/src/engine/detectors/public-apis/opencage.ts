/** opencage (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignmentOr, defineDetector, type Detector, names, providerNames, urlParam } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'opencage.api-key',
    title: 'OpenCage geocoding API key',
    keywords: ['opencage'],
    pattern: () => assignmentOr(providerNames(['opencage'], names('key')), '[0-9a-f]{32}', [urlParam('opencagedata\\.com', 'key')]),
    minEntropy: 3.0,
    guide: {
      grants: "Calls the OpenCage geocoding API on the account's (paid) quota.",
      revoke: 'opencagedata.com/dashboard → Geocoding API → the key → delete (create a new one).',
      url: 'https://opencagedata.com/dashboard',
    },
  }),
];
