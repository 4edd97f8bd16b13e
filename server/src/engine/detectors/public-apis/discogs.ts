/** discogs (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, hasOneCharacterClass, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'discogs.token',
    title: 'Discogs personal access token or consumer secret',
    keywords: ['discogs'],
    pattern: () => assignment(providerNames(['discogs'], names('token', 'secret')), '[A-Za-z0-9]{32,40}'),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants: 'Acts as the user on the Discogs API: their collection, wantlist, marketplace listings and orders.',
      revoke: 'discogs.com → Settings → Developers → Generate new token (invalidates the old one); apps: reset the consumer secret.',
      url: 'https://www.discogs.com/settings/developers',
    },
  }),
];
