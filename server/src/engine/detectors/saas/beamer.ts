/**
 * Beamer credentials. Shape: `b_` + 44 characters of base64 (XCHK: KF beamer.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'beamer.api-key',
    title: 'Beamer API key',
    keywords: ['beamer'],
    providers: [phrase('beamer')],
    kinds: ['api key', 'api token', 'token', 'key'],
    value: 'b_[A-Za-z0-9+/=_-]{44}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Calls Beamer's API for the product: creates, edits and deletes changelog posts, reads feedback and user data.",
      revoke: 'Beamer → Settings → API → delete the key and generate a new one.',
      url: 'https://app.getbeamer.com/settings#api',
    },
  }),
];
