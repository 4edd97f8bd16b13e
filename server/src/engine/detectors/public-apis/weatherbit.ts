/** weatherbit (long tail of providers, issue 9 §3): Weatherbit. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'weatherbit.api-key',
    title: 'Weatherbit API key',
    keywords: ['weatherbit', 'weather_bit', 'weather-bit', 'weather.bit'],
    providers: [phrase('weather bit')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries weather forecasts and history on the account's plan quota.",
      revoke: 'Weatherbit → Account → API key → regenerate.',
      url: 'https://www.weatherbit.io/account/dashboard',
    },
  }),
];
