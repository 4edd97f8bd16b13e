/** vimeo (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'vimeo.access-token',
    title: 'Vimeo access token or client secret',
    keywords: ['vimeo'],
    // Access tokens 32 hex; client secrets ~128 Base64 chars (unverified).
    pattern: () => assignment(providerNames(['vimeo'], names('token', 'secret')), '[0-9a-f]{32}|[A-Za-z0-9+/]{100,140}={0,2}'),
    minEntropy: 3.0,
    guide: {
      grants: "Acts on the Vimeo API with the token's scopes: upload, edit, delete and download the account's videos, read private ones.",
      revoke: 'developer.vimeo.com/apps → the app → Authentication → delete the token (or regenerate the client secret).',
      url: 'https://developer.vimeo.com/apps',
    },
  }),
];
