/** ip2location (IP geolocation API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ip2location.api-key',
    title: 'IP2Location.io API key',
    keywords: ['ip2location'],
    providers: [phrase('ip2location')],
    kinds: ['key', 'token', 'secret'],
    // 32 upper-case letters and digits under an `ip2location` name.
    value: '[0-9A-Z]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs IP geolocation lookups on the account's query credits.",
      revoke: 'ip2location.io dashboard → API key → regenerate.',
      url: 'https://www.ip2location.io/dashboard',
    },
  }),
];
