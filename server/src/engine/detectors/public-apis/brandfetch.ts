/**
 * Brandfetch credentials. Shape: 40 base62 (XCHK: KF brandfetch.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'brandfetch.api-key',
    title: 'Brandfetch API key',
    keywords: ['brandfetch'],
    providers: [phrase('brandfetch')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls the Brandfetch Brand API billed to the account quota.',
      revoke: 'Brandfetch developer portal → API key → regenerate.',
      url: 'https://developers.brandfetch.com/',
    },
  }),
];
