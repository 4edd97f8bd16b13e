/** rapidapi (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'rapidapi.key',
    title: 'RapidAPI key',
    keywords: ['rapidapi', 'rapid_api'],
    pattern: () => assignment(providerNames(['rapidapi', 'rapid_api'], names('key', 'token', 'secret')), '[A-Za-z0-9_-]{50}'),
    minEntropy: 3.5,
    guide: {
      grants: 'Calls every API the RapidAPI application is subscribed to, billed to the account (including pay-per-use plans).',
      revoke: 'RapidAPI Hub → My Apps → the app → Authorization → rotate (add a new key, delete the leaked one).',
      url: 'https://rapidapi.com/developer/apps',
    },
  }),
];
