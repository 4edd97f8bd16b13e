/** nasa (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignmentOr, defineDetector, type Detector, hasOneCharacterClass, names, providerNames, urlParam } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'nasa.api-key',
    title: 'NASA Open APIs key',
    keywords: ['nasa'],
    pattern: () => assignmentOr(providerNames(['nasa'], names('key'), true), '[A-Za-z0-9]{40}', [urlParam('api\\.nasa\\.gov', 'api_key')]),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants: "Calls api.nasa.gov on the key's hourly rate limit (abuse is attributed to the key owner).",
      revoke: 'Request a new key at api.nasa.gov and ask api.data.gov support to deactivate the leaked one.',
      url: 'https://api.nasa.gov',
    },
  }),
];
