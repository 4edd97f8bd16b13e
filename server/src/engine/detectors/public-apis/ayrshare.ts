/**
 * Ayrshare credentials. Shape: four groups of 8 [A-Z0-9] (XCHK: KF ayrshare.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ayrshare.api-key',
    title: 'Ayrshare API key',
    keywords: ['ayrshare'],
    providers: [phrase('ayrshare')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Posts to and deletes from every social network linked to the Ayrshare account, and reads their analytics.',
      revoke: 'Ayrshare dashboard → API key → regenerate.',
      url: 'https://app.ayrshare.com/api',
    },
  }),
];
