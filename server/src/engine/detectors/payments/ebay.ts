/** ebay (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'ebay.cert-id',
    title: 'eBay developer Cert ID (client secret)',
    keywords: ['PRD-', 'SBX-'],
    // PRD-/SBX- + 12 hex + four groups of 4 hex. App ids (…-PRD-<9 hex>-<8 hex>) do not fit.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:PRD|SBX)-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    guide: {
      grants:
        'With the App ID, obtains OAuth application tokens and exchanges user consent codes as your eBay application (SBX-: sandbox).',
      revoke: 'developer.ebay.com → Application Keys → the keyset → reset the Cert ID (client secret).',
      url: 'https://developer.ebay.com/my/keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
