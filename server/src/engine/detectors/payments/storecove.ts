/** storecove (long tail of providers, issue 9 §3): Storecove. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'storecove.api-key',
    title: 'Storecove API key',
    keywords: ['storecove', 'store_cove', 'store-cove', 'store.cove'],
    providers: [phrase('store cove')],
    kinds: ['key', 'token', 'secret'],
    // 43 base64url characters (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9_-]{43}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Sends and receives e-invoices (Peppol) on behalf of the account's legal entities.",
      revoke: 'Storecove → API keys → revoke and create a new key.',
      url: 'https://app.storecove.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
