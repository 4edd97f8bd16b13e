/** checkoutcom (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, lacksLetterAndDigit, STORE_IN_SECRET_STORE, tokenPattern, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'checkoutcom.secret-key',
    title: 'Checkout.com secret key',
    keywords: ['sk_sbox_', 'checkout', 'cko_'],
    scope: 'document',
    // sk_ / sk_sbox_ + 26–36 lower-case base32-ish (current), or sk_[test_]<uuid> (legacy).
    pattern: () => tokenPattern(`sk_(?:sbox_|test_)?(?:${UUID}|[a-z0-9]{26,36})`, { right: 'A-Za-z0-9_-' }),
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    guide: {
      grants:
        "Full API access to the Checkout.com account: payments, captures, refunds, payouts and instrument (card) data per the key's scopes.",
      revoke: 'Checkout.com Dashboard → Developers → Keys → the key → Revoke, then create a new one.',
      url: 'https://dashboard.checkout.com/developers/keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
