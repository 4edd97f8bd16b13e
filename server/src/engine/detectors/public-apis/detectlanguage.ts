/**
 * Detect Language credentials. Shape: 32 [a-z0-9] (XCHK: KF detectlanguage.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'detectlanguage.api-key',
    title: 'Detect Language API access key',
    keywords: ['detectlanguage', 'detect_language', 'detect-language', 'detect.language'],
    providers: [phrase('detect language')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the Detect Language API (language detection) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'Detect Language dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://detectlanguage.com/private',
    },
  }),
];
