/** taxjar (long tail of providers, issue 9 §3): TaxJar. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'taxjar.api-key',
    title: 'TaxJar API key',
    keywords: ['taxjar', 'tax_jar', 'tax-jar', 'tax.jar'],
    providers: [phraseAfterNonLetter('tax jar')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calculates sales tax and reads and changes orders, refunds and nexus data of the TaxJar account.',
      revoke: 'TaxJar → Account → SmartCalcs API → generate a new token and delete the old one.',
      url: 'https://app.taxjar.com/account#api-access',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
