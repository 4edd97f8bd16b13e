/** Mailchimp Marketing API keys (`<32 hex>-us<dc>`; CREDENTIAL-FORMATS.md §3). */
import { STORE_IN_SECRET_STORE, defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mailchimp.api-key',
    title: 'Mailchimp Marketing API key',
    keywords: ['-us'],
    // <32 hex>-us<data-centre number>.
    pattern: /(?<![A-Za-z0-9_])(?<secret>[0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9_])/,
    minEntropy: 3,
    guide: {
      grants:
        'Full access to the Mailchimp account: exports audiences (subscriber e-mails and data), sends campaigns from your brand, changes account settings.',
      revoke:
        'Mailchimp → Profile → Extras → API keys → Disable (and delete) the key, then create a new one. Mailchimp disables keys it finds public.',
      url: 'https://us1.admin.mailchimp.com/account/api/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
