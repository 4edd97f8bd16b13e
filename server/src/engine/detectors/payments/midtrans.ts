/** midtrans (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'midtrans.server-key',
    title: 'Midtrans server key',
    keywords: ['Mid-server-'],
    // Mid-server- (production) / SB-Mid-server- (sandbox) + ~24; Mid-client- keys are public.
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:SB-)?Mid-server-[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    guide: {
      grants:
        'Server-side access to the Midtrans merchant: charge, capture, refund and cancel transactions and read their status (SB- keys: sandbox).',
      revoke: 'Midtrans Dashboard → Settings → Access Keys → regenerate the server key.',
      url: 'https://dashboard.midtrans.com/settings/config_info',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
