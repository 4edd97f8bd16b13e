/** authorizenet (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import {
  assignment,
  defineDetector,
  lacksLetterAndDigit,
  phrase,
  phraseAfterNonLetter,
  STORE_IN_SECRET_STORE,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'authorizenet.transaction-key',
    title: 'Authorize.Net transaction key',
    keywords: ['transactionkey', 'transaction_key', 'transaction-key', 'transkey', 'trans_key', 'authorizenet', 'authorize_net', 'authnet'],
    pattern: () =>
      assignment(
        [
          `(?:${phrase('authorize net')}|${phraseAfterNonLetter('authnet')}|${phraseAfterNonLetter('anet')})[A-Za-z0-9_.-]{0,20}(?:${phrase('transaction key')}|${phrase('trans key')}|${phrase('key')})`,
          phrase('transaction key'),
          `${phraseAfterNonLetter('trans')}[_.-]?${phrase('key')}`,
        ],
        '[A-Za-z0-9]{16}',
      ),
    minEntropy: 3.3,
    post: [lacksLetterAndDigit],
    companions: [
      {
        name: 'api_login_id',
        pattern: /[Ll][Oo][Gg][Ii][Nn][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[A-Za-z0-9]{8,25})\b/,
        withinLines: 3,
      },
    ],
    guide: {
      grants:
        'With the API login id, submits charges, refunds and voids on the Authorize.Net merchant account and reads transaction details.',
      revoke:
        'Authorize.Net Merchant Interface → Account → Settings → Security Settings → API Credentials & Keys → New Transaction Key (disable the old one immediately).',
      url: 'https://account.authorize.net/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
