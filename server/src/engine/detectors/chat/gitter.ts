/**
 * Gitter credentials. Shape: 40 hex (XCHK: KF gitter.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'gitter.access-token',
    title: 'Gitter access token',
    keywords: ['gitter'],
    providers: [phrase('gitter')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[0-9a-f]{40}',
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and posts in the user's Gitter rooms and reads private rooms' history.",
      revoke: 'developer.gitter.im → revoke the personal token (Gitter now runs on Matrix: also log out the Matrix sessions).',
      url: 'https://developer.gitter.im/apps',
    },
  }),
];
