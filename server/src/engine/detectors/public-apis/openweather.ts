/** openweather (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignmentOr, defineDetector, type Detector, names, providerNames, urlParam } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'openweather.api-key',
    title: 'OpenWeatherMap API key',
    keywords: ['openweather', 'owm'],
    pattern: () =>
      assignmentOr(providerNames(['openweathermap', 'openweather', 'owm'], names('key', 'appid', 'token'), true), '[0-9a-f]{32}', [
        urlParam('openweathermap\\.org', 'appid'),
      ]),
    minEntropy: 3.0,
    guide: {
      grants: "Calls the OpenWeather APIs on the account's quota (paid plans are billed per call).",
      revoke: 'home.openweathermap.org/api_keys → delete the key (generate a new one first).',
      url: 'https://home.openweathermap.org/api_keys',
    },
  }),
];
