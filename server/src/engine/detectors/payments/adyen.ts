/** adyen (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'adyen.api-key',
    title: 'Adyen API key',
    keywords: ['AQE'],
    // AQE<base64>=-<base64>=-<passphrase-like tail> (unverified lengths: generous bounds). Client keys
    // (live_/test_ + 32) are public. The tail stops at `&`: in a URL query it would swallow the next parameter.
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>AQE[A-Za-z0-9+/]{60,300}={0,2}-[A-Za-z0-9+/]{40,50}={0,2}(?:-[^\s'"`&]{4,40})?)/,
    minEntropy: 4,
    guide: {
      grants:
        'Calls Adyen APIs as the API credential: authorise and capture payments, refunds, payouts and (per roles) management operations on the merchant accounts.',
      revoke:
        'Adyen Customer Area → Developers → API credentials → the credential → generate a new API key, deploy it, then revoke the old one.',
      url: 'https://ca-live.adyen.com/ca/ca/config/api_credentials_new.shtml',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
