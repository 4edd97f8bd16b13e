/** salesflare (long tail of providers, issue 9 §3): Salesflare. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'salesflare.api-key',
    title: 'Salesflare API key',
    keywords: ['salesflare', 'sales_flare', 'sales-flare', 'sales.flare'],
    providers: [phrase('sales flare')],
    kinds: ['key', 'token', 'secret'],
    // 45 letters, digits and `_` (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what
    // it is.
    value: '[A-Za-z0-9_]{45}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the CRM's accounts, contacts, opportunities and tasks.",
      revoke: 'Salesflare → Settings → API keys → delete the key and create a new one.',
      url: 'https://app.salesflare.com/#/settings/apikeys',
    },
  }),
];
