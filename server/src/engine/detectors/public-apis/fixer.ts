/**
 * Fixer credentials. Shape: 32 base62 (XCHK: KF fixer.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'fixer.api-key',
    title: 'Fixer API access key',
    keywords: ['fixer'],
    providers: [phraseAfterNonLetter('fixer')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the Fixer API (foreign exchange rates) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'Fixer dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://fixer.io/dashboard',
    },
  }),
];
