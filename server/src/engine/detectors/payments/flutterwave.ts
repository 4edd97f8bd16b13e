/** flutterwave (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'flutterwave.secret-key',
    title: 'Flutterwave secret key',
    keywords: ['FLWSECK'],
    // FLWSECK-<32 hex>-X (live) or FLWSECK_TEST-<32 hex>-X.
    pattern: () => tokenPattern('FLWSECK(?:_TEST)?-[0-9a-f]{32}-X', { right: 'A-Za-z0-9_-' }),
    guide: {
      grants:
        'Full API access to the Flutterwave account: charges, transfers and payouts to bank accounts, refunds, customer data (test keys: test mode).',
      revoke: 'Flutterwave Dashboard → Settings → API Keys → Generate new keys (the old ones stop working).',
      url: 'https://app.flutterwave.com/dashboard/settings/apis/live',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'flutterwave.encryption-key',
    title: 'Flutterwave encryption key',
    keywords: ['FLWSECK'],
    pattern: () => tokenPattern('FLWSECK(?:_TEST)?[0-9a-f]{12}', { right: 'A-Za-z0-9_-' }),
    guide: {
      grants:
        'Encrypts card-charge payloads for the Flutterwave account; with the secret key it lets an attacker submit direct card charges.',
      revoke: 'Flutterwave Dashboard → Settings → API Keys → Generate new keys (regenerates the encryption key too).',
      url: 'https://app.flutterwave.com/dashboard/settings/apis/live',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
