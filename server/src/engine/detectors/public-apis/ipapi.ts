/** ipapi (IP geolocation API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ipapi.api-key',
    title: 'ipapi API key',
    keywords: ['ipapi'],
    providers: [phraseAfterNonLetter('ipapi')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under an `ipapi` name (ipapi.com access keys and ipapi.co keys).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs IP geolocation lookups on the account's plan quota.",
      revoke: 'ipapi dashboard → API access key → reset.',
      url: 'https://ipapi.com/dashboard',
    },
  }),
];
