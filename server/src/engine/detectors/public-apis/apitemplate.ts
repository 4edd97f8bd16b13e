/**
 * APITemplate.io credentials. Shape: 39 base62 (XCHK: KF apitemplate.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'apitemplate.api-key',
    title: 'APITemplate.io API key',
    keywords: ['apitemplate', 'api_template', 'api-template', 'api.template'],
    providers: [phrase('api template')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{39}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Generates PDFs and images from the account templates, billed to its quota.',
      revoke: 'APITemplate.io → API integration → regenerate the API key.',
      url: 'https://app.apitemplate.io/',
    },
  }),
];
