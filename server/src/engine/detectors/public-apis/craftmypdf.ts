/**
 * CraftMyPDF credentials. Shape: 35 base62 (XCHK: KF craftmypdf.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'craftmypdf.api-key',
    title: 'CraftMyPDF API key',
    keywords: ['craftmypdf', 'craft_my_pdf', 'craft-my-pdf', 'craft.my.pdf'],
    providers: [phrase('craft my pdf')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{35}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Generates PDFs from the account templates billed to its quota and edits templates.',
      revoke: 'CraftMyPDF → API integration → regenerate the key.',
      url: 'https://craftmypdf.com/',
    },
  }),
];
