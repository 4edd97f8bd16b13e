/**
 * Disqus credentials. Shape: 64 base62 (XCHK: KF disqus.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, nameMentions, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'disqus.api-secret',
    title: 'Disqus API secret',
    keywords: ['disqus'],
    providers: [phrase('disqus')],
    kinds: ['api secret', 'secret key', 'secret', 'access token'],
    value: '[A-Za-z0-9]{64}',
    post: [lacksLetterAndDigit, nameMentions(['public'])],
    guide: {
      grants: "Signs requests of the Disqus application: moderates the forum's comments and reads users' data the app was granted.",
      revoke: 'Disqus → API applications → the app → regenerate the secret key.',
      url: 'https://disqus.com/api/applications/',
    },
  }),
];
