/** Resend API keys (`re_<8>_<24>`). */
import { STORE_IN_SECRET_STORE, defineDetector, lacksLetterAndDigit, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'resend.api-key',
    title: 'Resend API key',
    keywords: ['re_'],
    // re_<8 b62>_<24 b62> (unverified lengths: minimums with some slack).
    pattern: /(?<![A-Za-z0-9_])(?<secret>re_[A-Za-z0-9]{8,12}_[A-Za-z0-9]{20,40})(?![A-Za-z0-9_])/,
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    guide: {
      grants: 'Sends e-mail from your verified Resend domains (full-access keys also read e-mails, manage domains, audiences and keys).',
      revoke: 'resend.com → API Keys → the key → Delete, then create a new one (prefer "Sending access" keys).',
      url: 'https://resend.com/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
