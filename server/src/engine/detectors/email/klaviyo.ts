/** Klaviyo private API keys (`pk_<34>`), only in documents that mention Klaviyo. */
import { STORE_IN_SECRET_STORE, defineDetector, lacksLetterAndDigit, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'klaviyo.private-key',
    title: 'Klaviyo private API key',
    keywords: ['klaviyo'],
    scope: 'document',
    // pk_<34 chars>; Stripe/Courier/ClickUp pk_ keys have another underscore after pk_, so do not fit.
    pattern: /(?<![A-Za-z0-9_])(?<secret>pk_[A-Za-z0-9]{32,40})(?![A-Za-z0-9_])/,
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    guide: {
      grants:
        'Per its scopes, reads and exports profiles (customer e-mails, phone numbers, order history), lists and segments, and sends campaigns and flows.',
      revoke: 'Klaviyo → Settings → Account → API keys → revoke the private key and create a new one with the scopes needed.',
      url: 'https://www.klaviyo.com/settings/account/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
