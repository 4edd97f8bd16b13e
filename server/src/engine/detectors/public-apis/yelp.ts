/** yelp (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'yelp.api-key',
    title: 'Yelp Fusion API key',
    keywords: ['yelp'],
    pattern: () => assignment(providerNames(['yelp'], names('key', 'token')), '[A-Za-z0-9_-]{128}'),
    minEntropy: 4.0,
    guide: {
      grants: "Calls the Yelp Fusion API on the app's (possibly paid) quota.",
      revoke: 'yelp.com/developers/v3/manage_app → the app → regenerate the API key.',
      url: 'https://www.yelp.com/developers/v3/manage_app',
    },
  }),
];
