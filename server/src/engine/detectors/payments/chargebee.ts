/** chargebee (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, phrase, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'chargebee.api-key',
    title: 'Chargebee API key',
    keywords: ['chargebee'],
    providers: [phrase('chargebee')],
    kinds: ['api key', 'key', 'secret'],
    value: '(?:live|test)_[A-Za-z0-9]{26,40}',
    minEntropy: 3.5,
    guide: {
      grants:
        "Per the key's access, manages the Chargebee site: customers, subscriptions, invoices, payment sources and refunds (test_ keys: the test site).",
      revoke: 'Chargebee → Settings → Configure Chargebee → API Keys and Webhooks → the key → Delete, then create a new one.',
      url: 'https://www.chargebee.com/docs/2.0/api_keys.html',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
