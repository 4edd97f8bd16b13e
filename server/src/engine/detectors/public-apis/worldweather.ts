/** worldweather (long tail of providers, issue 9 §3): World Weather Online. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'worldweather.api-key',
    title: 'World Weather Online API key',
    keywords: ['worldweather', 'world_weather', 'world-weather', 'world.weather'],
    providers: [phrase('world weather')],
    kinds: ['key', 'token', 'secret'],
    // 31 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{31}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries weather forecasts and history on the account's plan quota.",
      revoke: 'World Weather Online → My Account → API key → regenerate.',
      url: 'https://www.worldweatheronline.com/developer/my/',
    },
  }),
];
