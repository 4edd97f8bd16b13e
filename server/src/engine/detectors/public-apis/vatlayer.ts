/** vatlayer (long tail of providers, issue 9 §3): vatlayer. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'vatlayer.api-key',
    title: 'vatlayer API key',
    keywords: ['vatlayer', 'vat_layer', 'vat-layer', 'vat.layer'],
    providers: [phraseAfterNonLetter('vat layer')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Validates VAT numbers and reads VAT rates through vatlayer (apilayer) on the subscription's quota.",
      revoke: 'vatlayer dashboard → Your API access key → Reset.',
      url: 'https://vatlayer.com/dashboard',
    },
  }),
];
