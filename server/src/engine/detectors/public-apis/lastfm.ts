/** lastfm (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'lastfm.api-key',
    title: 'Last.fm API key or shared secret',
    keywords: ['lastfm', 'last_fm'],
    pattern: () => assignment(providerNames(['lastfm', 'last_fm'], names('key', 'secret')), '[0-9a-f]{32}'),
    minEntropy: 3.0,
    guide: {
      grants:
        "The key calls the Last.fm API on your app's quota; with the shared secret it signs authenticated calls (scrobbling, loving tracks) for users who authorised the app.",
      revoke: 'last.fm/api/accounts → the API account → reset the shared secret (or delete the account and create a new one).',
      url: 'https://www.last.fm/api/accounts',
    },
  }),
];
