/** recurly (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, phrase, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'recurly.api-key',
    title: 'Recurly private API key',
    keywords: ['recurly'],
    providers: [phrase('recurly')],
    kinds: ['private api key', 'private key', 'api key', 'key', 'secret'],
    value: '[0-9a-f]{32}',
    minEntropy: 3,
    guide: {
      grants: 'Full API access to the Recurly site: accounts with billing info, subscriptions, invoices, refunds.',
      revoke: 'Recurly → Integrations → API Credentials → regenerate (or delete) the private API key.',
      url: 'https://app.recurly.com/go/developer/api_keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
