/** nytimes (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, hasOneCharacterClass, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'nytimes.api-key',
    title: 'New York Times API key',
    keywords: ['nytimes', 'nyt'],
    pattern: () => assignment(providerNames(['nytimes', 'nyt'], names('key', 'secret'), true), '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants: "Calls the NYT developer APIs (articles, books, archive) on the app's quota.",
      revoke: 'developer.nytimes.com → My Apps → the app → rotate (or delete) the API key.',
      url: 'https://developer.nytimes.com/my-apps',
    },
  }),
];
