/** flickr (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'flickr.api-key',
    title: 'Flickr API key or secret',
    keywords: ['flickr'],
    // Key 32 hex, secret 16 hex.
    pattern: () => assignment(providerNames(['flickr'], names('key', 'secret')), '[0-9a-f]{32}|[0-9a-f]{16}'),
    minEntropy: 2.8,
    guide: {
      grants:
        'Calls the Flickr API as your app; with the secret it signs OAuth requests and acts for users who authorised the app (upload, edit, delete photos).',
      revoke: 'flickr.com/services/apps/by/me → the app → Edit key details → reset, or delete the key.',
      url: 'https://www.flickr.com/services/apps/by/me',
    },
  }),
];
