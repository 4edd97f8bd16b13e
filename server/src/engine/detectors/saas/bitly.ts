/**
 * Bitly credentials. Shape: 40 base62 (XCHK: KF bitlyaccesstoken.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'bitly.access-token',
    title: 'Bitly access token',
    keywords: ['bitly'],
    providers: [phraseAfterNonLetter('bitly')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Acts as the Bitly user: creates and edits short links, reads click metrics and the group's branded domains.",
      revoke: 'Bitly → Settings → Developer settings → API → regenerate / delete the access token.',
      url: 'https://app.bitly.com/settings/api/',
    },
  }),
];
