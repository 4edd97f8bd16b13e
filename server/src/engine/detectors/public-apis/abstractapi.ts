/** abstractapi (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignmentOr, defineDetector, type Detector, names, providerNames, urlParam } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'abstractapi.api-key',
    title: 'Abstract API key',
    keywords: ['abstractapi', 'abstract_api'],
    pattern: () =>
      assignmentOr(providerNames(['abstractapi', 'abstract_api'], names('key', 'token')), '[0-9a-f]{32}', [
        urlParam('abstractapi\\.com', 'api_key'),
      ]),
    minEntropy: 3.0,
    guide: {
      grants: "Calls the Abstract API product the key belongs to (e-mail validation, geolocation, …) on the account's quota.",
      revoke: 'app.abstractapi.com → the API → Reset API key.',
      url: 'https://app.abstractapi.com',
    },
  }),
];
