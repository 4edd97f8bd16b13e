/** weatherstack (long tail of providers, issue 9 §3): weatherstack. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'weatherstack.api-key',
    title: 'weatherstack API key',
    keywords: ['weatherstack', 'weather_stack', 'weather-stack', 'weather.stack'],
    providers: [phrase('weather stack')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries current and historical weather through weatherstack (apilayer) on the subscription's quota.",
      revoke: 'weatherstack dashboard → Your API access key → Reset.',
      url: 'https://weatherstack.com/dashboard',
    },
  }),
];
