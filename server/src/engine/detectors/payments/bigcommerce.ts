/** bigcommerce (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'bigcommerce.access-token',
    title: 'BigCommerce API access token',
    keywords: ['bigcommerce', 'big_commerce'],
    providers: [phrase('big commerce')],
    kinds: ['access token', 'auth token', 'api token', 'token', 'client secret'],
    // 31 lower-case alphanumerics (unverified: a range).
    value: '[a-z0-9]{28,40}',
    minEntropy: 3.3,
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "Per the API account's scopes, reads and changes the store: orders with customer data, products, customers, payments settings.",
      revoke: 'BigCommerce control panel → Settings → API → Store-level API accounts → the account → Delete, then create a new one.',
      url: 'https://support.bigcommerce.com/s/article/Store-API-Accounts',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
