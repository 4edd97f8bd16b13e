/**
 * Delighted credentials. Shape: 32 base62 (XCHK: KF delighted.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'delighted.api-key',
    title: 'Delighted API key',
    keywords: ['delighted'],
    providers: [phraseAfterNonLetter('delighted')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Sends surveys as the account and reads every response and person (customer personal data).',
      revoke: 'Delighted → Settings → API → regenerate the API key.',
      url: 'https://app.delighted.com/integrations/api',
    },
  }),
];
