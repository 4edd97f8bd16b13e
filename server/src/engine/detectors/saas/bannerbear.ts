/**
 * Bannerbear credentials. Shape: 22 base62 + `tt` (XCHK: KF bannerbear.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'bannerbear.api-key',
    title: 'Bannerbear API key',
    keywords: ['bannerbear'],
    providers: [phrase('bannerbear')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{22}tt',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Generates images, videos and PDFs from the project templates, billed to the account quota; reads and edits templates.',
      revoke: 'Bannerbear → the project → Settings → API key → regenerate.',
      url: 'https://app.bannerbear.com/',
    },
  }),
];
