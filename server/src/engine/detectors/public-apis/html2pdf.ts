/**
 * html2pdf.app credentials. Shape: 64 base62 (XCHK: KF html2pdf.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'html2pdf.api-key',
    title: 'html2pdf.app API key',
    keywords: ['html2pdf'],
    providers: [phrase('html2pdf')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Converts HTML to PDF billed to the account credits.',
      revoke: 'html2pdf.app dashboard → API key → regenerate.',
      url: 'https://dash.html2pdf.app/',
    },
  }),
];
