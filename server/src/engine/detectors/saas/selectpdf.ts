/** selectpdf (long tail of providers, issue 9 §3): SelectPdf. */
import { contextual, type Detector, hasRunOf, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'selectpdf.api-key',
    title: 'SelectPdf API key',
    keywords: ['selectpdf', 'select_pdf', 'select-pdf', 'select.pdf'],
    providers: [phrase('select pdf')],
    kinds: ['key', 'token', 'secret'],
    // A UUID (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: UUID,
    post: [hasRunOf(6)],
    guide: {
      grants: "Converts HTML to PDF through the SelectPdf online API on the account's conversion credits.",
      revoke: 'SelectPdf → Members area → license key → request a new key.',
      url: 'https://selectpdf.com/html-to-pdf-api/',
    },
  }),
];
