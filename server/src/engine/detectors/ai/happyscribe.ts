/**
 * Happy Scribe credentials. Shape: 24 base62 (XCHK: KF happyscribe.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'happyscribe.api-key',
    title: 'Happy Scribe API key',
    keywords: ['happyscribe', 'happy_scribe', 'happy-scribe', 'happy.scribe'],
    providers: [phrase('happy scribe')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{24}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Uploads media for transcription billed to the account and reads every transcript (possibly confidential recordings).',
      revoke: 'Happy Scribe → Account → API → regenerate key.',
      url: 'https://www.happyscribe.com/account',
    },
  }),
];
