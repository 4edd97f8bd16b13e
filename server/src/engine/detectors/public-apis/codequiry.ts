/**
 * Codequiry credentials. Shape: 64 base62 (XCHK: KF codequiry.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'codequiry.api-key',
    title: 'Codequiry API key',
    keywords: ['codequiry'],
    providers: [phrase('codequiry')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Uploads code for plagiarism checks billed to the account and reads its checks' results.",
      revoke: 'Codequiry dashboard → API → regenerate key.',
      url: 'https://dashboard.codequiry.com/',
    },
  }),
];
