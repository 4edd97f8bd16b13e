/** duffel (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'duffel.api-token',
    title: 'Duffel access token',
    keywords: ['duffel_live_', 'duffel_test_'],
    pattern: () => tokenPattern('duffel_(?:live|test)_[A-Za-z0-9_=-]{40,50}', { right: 'A-Za-z0-9_=-' }),
    minEntropy: 3.5,
    guide: {
      grants:
        'Searches and books flights and stays billed to the Duffel account and reads bookings with passenger data (test tokens: test mode).',
      revoke: 'Duffel Dashboard → Developers → Access tokens → the token → Delete, then create a new one.',
      url: 'https://app.duffel.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
