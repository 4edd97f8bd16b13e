/**
 * Diffbot credentials. Shape: 32 [a-z0-9] (XCHK: KF diffbot.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'diffbot.api-token',
    title: 'Diffbot API token',
    keywords: ['diffbot'],
    providers: [phrase('diffbot')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls the Diffbot extraction, crawl and Knowledge Graph APIs on the account plan (billed per call).',
      revoke: 'Diffbot dashboard → account → API token → reset token.',
      url: 'https://app.diffbot.com/',
    },
  }),
];
