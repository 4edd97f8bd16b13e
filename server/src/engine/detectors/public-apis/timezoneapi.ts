/** timezoneapi (long tail of providers, issue 9 §3): TimezoneAPI. */
import { contextual, type Detector, hasOneCharacterClass, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'timezoneapi.api-key',
    title: 'TimezoneAPI API key',
    keywords: ['timezoneapi', 'timezone_api', 'timezone-api', 'timezone.api'],
    providers: [phrase('timezone api')],
    kinds: ['key', 'token', 'secret'],
    // 20 letters (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[A-Za-z]{20}',
    minEntropy: 3,
    post: [hasOneCharacterClass],
    guide: {
      grants: "Calls TimezoneAPI geolocation and timezone lookups on the account's quota.",
      revoke: 'TimezoneAPI dashboard → API token → regenerate.',
      url: 'https://timezoneapi.io/dashboard',
    },
  }),
];
