/** riot (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { defineDetector, type Detector, UUID_LOWER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'riot.api-key',
    title: 'Riot Games API key',
    keywords: ['RGAPI-'],
    scope: 'document',
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>RGAPI-${UUID_LOWER})(?![A-Za-z0-9-])`),
    guide: {
      grants:
        "Calls the Riot Games APIs (League, Valorant, TFT data) on the key's rate limits; production keys are tied to a registered product.",
      revoke: 'developer.riotgames.com → Dashboard → regenerate the development key; production keys: the app page → regenerate.',
      url: 'https://developer.riotgames.com',
    },
  }),
];
