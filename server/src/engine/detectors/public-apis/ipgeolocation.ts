/** ipgeolocation (IP geolocation API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ipgeolocation.api-key',
    title: 'IPGeolocation API key',
    keywords: ['ipgeolocation', 'ip_geolocation'],
    providers: [phrase('ip geolocation')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under an `ipgeolocation` name.
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs IP geolocation, timezone and user-agent lookups on the account's credits.",
      revoke: 'app.ipgeolocation.io → API keys → delete or regenerate the key.',
      url: 'https://app.ipgeolocation.io/',
    },
  }),
];
