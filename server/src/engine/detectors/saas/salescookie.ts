/** salescookie (long tail of providers, issue 9 §3): Salescookie. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'salescookie.api-key',
    title: 'Salescookie API key',
    keywords: ['salescookie', 'sales_cookie', 'sales-cookie', 'sales.cookie'],
    providers: [phrase('sales cookie')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and imports commission and sales data of the Salescookie account.',
      revoke: 'Salescookie → Settings → API → regenerate the key.',
      url: 'https://salescookie.com/',
    },
  }),
];
