/** spotify (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'spotify.client-secret',
    title: 'Spotify client secret',
    keywords: ['spotify'],
    // 32 hex, like the public client id: only `…secret` names.
    pattern: () => assignment(providerNames(['spotify'], names('secret')), '[0-9a-f]{32}'),
    minEntropy: 3.0,
    guide: {
      grants: "With the client ID, obtains tokens as your Spotify app (client-credentials) and exchanges users' authorization codes.",
      revoke: 'developer.spotify.com/dashboard → the app → Settings → Rotate client secret.',
      url: 'https://developer.spotify.com/dashboard',
    },
  }),
];
