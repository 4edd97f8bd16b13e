/**
 * Browshot credentials. Shape: 28 base62 (XCHK: KF browshot.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'browshot.api-key',
    title: 'Browshot API key',
    keywords: ['browshot'],
    providers: [phrase('browshot')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{28}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Takes screenshots billed to the account credits and reads earlier captures.',
      revoke: 'Browshot dashboard → API key → regenerate.',
      url: 'https://browshot.com/dashboard',
    },
  }),
];
