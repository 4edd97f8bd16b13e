/** lob (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, phraseAfterNonLetter, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'lob.api-key',
    title: 'Lob secret API key',
    keywords: ['lob_', 'lob-', 'lob.', 'lobapi', 'lobkey', 'lobsecret'],
    providers: [phraseAfterNonLetter('lob')],
    kinds: ['api key', 'secret key', 'key', 'secret'],
    // live_/test_ + 35 hex; publishable keys (live_pub_/test_pub_) are public and do not fit.
    value: '(?:live|test)_[0-9a-f]{35}',
    minEntropy: 3,
    guide: {
      grants: 'Sends physical mail and checks billed to the account and reads addresses and mail pieces (test keys: test mode).',
      revoke: 'Lob Dashboard → Settings → API Keys → Roll the key.',
      url: 'https://dashboard.lob.com/settings/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
