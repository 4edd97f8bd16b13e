/** salesblink (long tail of providers, issue 9 §3): SalesBlink. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'salesblink.api-key',
    title: 'SalesBlink API key',
    keywords: ['salesblink', 'sales_blink', 'sales-blink', 'sales.blink'],
    providers: [phrase('sales blink')],
    kinds: ['key', 'token', 'secret'],
    // `key-` + 64 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says
    // what it is.
    value: 'key-[A-Za-z0-9]{64}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the SalesBlink account's prospects, lists and outreach sequences.",
      revoke: 'SalesBlink → Settings → API → regenerate the API key.',
      url: 'https://run.salesblink.io/',
    },
  }),
];
