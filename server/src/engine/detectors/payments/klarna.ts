/** klarna (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import {
  contextual,
  defineDetector,
  lacksLetterAndDigit,
  phrase,
  STORE_IN_SECRET_STORE,
  tokenPattern,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'klarna.api-key',
    title: 'Klarna API key',
    keywords: ['klarna_live_api_', 'klarna_test_api_'],
    // klarna_live_api_ / klarna_test_api_ + a long base64url tail (minimum length: unverified).
    pattern: () => tokenPattern('klarna_(?:live|test)_api_[A-Za-z0-9_-]{20,250}', { right: 'A-Za-z0-9_-' }),
    minEntropy: 3.5,
    guide: {
      grants: 'Calls the Klarna APIs for the merchant: create and capture orders, refunds, settlements.',
      revoke: 'Klarna Merchant Portal → Settings → API credentials → disable the key and generate a new one.',
      url: 'https://portal.klarna.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  contextual({
    id: 'klarna.api-password',
    title: 'Klarna API password (shared secret)',
    keywords: ['klarna'],
    providers: [phrase('klarna')],
    kinds: ['api password', 'password', 'shared secret', 'api secret', 'secret'],
    value: '[A-Za-z0-9_+/=!-]{16,128}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    companions: [
      { name: 'username', pattern: /(?<![A-Za-z0-9])(?<value>[KP]K?[0-9]{4,8}_[0-9a-f]{10,16})(?![A-Za-z0-9])/, withinLines: 3 },
    ],
    guide: {
      grants: 'With the API username (UID), calls the Klarna APIs for the merchant: orders, captures, refunds.',
      revoke: 'Klarna Merchant Portal → Settings → API credentials → generate new credentials and disable the old ones.',
      url: 'https://portal.klarna.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
