/**
 * Hybiscus credentials. Shape: 43 base62 (XCHK: KF hybiscus.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'hybiscus.api-key',
    title: 'Hybiscus API key',
    keywords: ['hybiscus'],
    providers: [phrase('hybiscus')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Builds PDF reports billed to the account quota.',
      revoke: 'Hybiscus dashboard → API key → regenerate.',
      url: 'https://hybiscus.dev/',
    },
  }),
];
