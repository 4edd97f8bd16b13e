/** xendit (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'xendit.secret-key',
    title: 'Xendit secret API key',
    keywords: ['xnd_production_', 'xnd_development_'],
    pattern: () => tokenPattern('xnd_(?:production|development)_[A-Za-z0-9]{40,100}', { right: 'A-Za-z0-9' }),
    minEntropy: 3.5,
    guide: {
      grants:
        "Per the key's permissions, creates invoices and charges, disburses money to bank accounts and e-wallets, and reads transactions (development keys: test mode).",
      revoke: 'Xendit Dashboard → Settings → Developers → API keys → the key → Delete, then generate a new one.',
      url: 'https://dashboard.xendit.co/settings/developers#api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
