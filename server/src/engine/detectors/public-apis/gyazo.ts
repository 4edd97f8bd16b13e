/**
 * Gyazo credentials. Shape: 43 base64url (XCHK: KF gyazo.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'gyazo.access-token',
    title: 'Gyazo access token',
    keywords: ['gyazo'],
    providers: [phrase('gyazo')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9_-]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Uploads, lists and deletes the Gyazo user's captures.",
      revoke: 'Gyazo → API applications → the app → regenerate the access token (or delete the app).',
      url: 'https://gyazo.com/oauth/applications',
    },
  }),
];
