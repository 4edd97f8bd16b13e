/** easypost (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'easypost.api-key',
    title: 'EasyPost API key',
    keywords: ['EZAK', 'EZTK'],
    // EZAK (production) / EZTK (test) + 54 base62.
    pattern: () => tokenPattern('EZ[AT]K[A-Za-z0-9]{54}', { right: 'A-Za-z0-9' }),
    minEntropy: 3.5,
    guide: {
      grants:
        'Buys shipping labels billed to the account, reads shipments and addresses (customer PII), manages webhooks (test keys: test mode).',
      revoke: 'EasyPost Dashboard → Account settings → API keys → disable the key and create a new one.',
      url: 'https://www.easypost.com/account/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
