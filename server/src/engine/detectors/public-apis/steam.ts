/** steam (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'steam.web-api-key',
    title: 'Steam Web API key',
    keywords: ['steam'],
    pattern: () => assignment(providerNames(['steam'], names('key', 'token'), true), '[0-9A-F]{32}'),
    minEntropy: 3.0,
    guide: {
      grants:
        "Calls the Steam Web API as the key's owner; publisher keys can also read and change the owner's game data (achievements, inventories, microtransactions).",
      revoke:
        'steamcommunity.com/dev/apikey → Revoke My Steam Web API Key (publisher keys: Steamworks → Users & Permissions → Manage Web API keys).',
      url: 'https://steamcommunity.com/dev/apikey',
    },
  }),
];
