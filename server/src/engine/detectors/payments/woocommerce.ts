/** woocommerce (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'woocommerce.consumer-secret',
    title: 'WooCommerce REST API consumer secret',
    keywords: ['cs_'],
    pattern: () => tokenPattern('cs_[0-9a-f]{40}', { right: 'A-Za-z0-9_' }),
    minEntropy: 3,
    companions: [{ name: 'consumer_key', pattern: /(?<![A-Za-z0-9_])(?<value>ck_[0-9a-f]{40})(?![A-Za-z0-9_])/, withinLines: 3 }],
    guide: {
      grants:
        'With the consumer key, reads (and for read/write keys, changes) the store through the WooCommerce REST API: orders with customer addresses, products, coupons, customers.',
      revoke: 'WordPress admin → WooCommerce → Settings → Advanced → REST API → the key → Revoke, then create a new one.',
      url: 'https://woocommerce.com/document/woocommerce-rest-api/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
