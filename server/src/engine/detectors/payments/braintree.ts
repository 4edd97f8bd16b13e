/** braintree (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import {
  contextual,
  defineDetector,
  phrase,
  phraseAfterNonLetter,
  STORE_IN_SECRET_STORE,
  tokenPattern,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'braintree.access-token',
    title: 'PayPal / Braintree access token',
    keywords: ['access_token$'],
    // access_token$<production|sandbox>$<16 merchant id>$<32 hex>.
    pattern: () => tokenPattern('access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[0-9a-f]{32}', { right: 'A-Za-z0-9' }),
    guide: {
      grants: 'Processes payments and refunds for the PayPal/Braintree merchant (sandbox tokens: test only) and reads its transactions.',
      revoke:
        'Braintree Control Panel → Settings → API → revoke the access token; or PayPal Developer Dashboard → Apps & Credentials → the app.',
      url: 'https://developer.paypal.com/dashboard/applications',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  contextual({
    id: 'braintree.private-key',
    title: 'Braintree API private key',
    keywords: ['braintree', 'bt_'],
    providers: [phrase('braintree'), `${phraseAfterNonLetter('bt')}[_.-]`],
    kinds: ['private key', 'api private key', 'secret'],
    value: '[0-9a-f]{32}',
    minEntropy: 3,
    companions: [
      {
        name: 'merchant_id',
        pattern: /[Mm][Ee][Rr][Cc][Hh][Aa][Nn][Tt][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[a-z0-9]{16})\b/,
        withinLines: 4,
      },
    ],
    guide: {
      grants:
        'With the public key and merchant id, full server-side access to the Braintree merchant: charges, refunds, vaulted cards, customer data.',
      revoke: 'Braintree Control Panel → Settings → API → API Keys → generate a new key, deploy it, delete the old one.',
      url: 'https://www.braintreegateway.com/login',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
