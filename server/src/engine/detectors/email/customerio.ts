/** Customer.io Track and App API keys: hex, so the provider must be in the name. */
import {
  STORE_IN_SECRET_STORE,
  assignment,
  defineDetector,
  phrase,
  phraseAfterNonLetter,
  providerKindName,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'customerio.api-key',
    title: 'Customer.io API key',
    keywords: ['customerio', 'customer_io', 'customer.io', 'customer-io', 'cio_'],
    // Track API key (20 hex, with a 20-hex site id) or App API key (32 hex); the name picks out the key.
    pattern: () =>
      assignment(
        providerKindName(
          [phrase('customer io'), `${phraseAfterNonLetter('cio')}[_.-]`],
          ['track api key', 'app api key', 'api key', 'app key', 'secret', 'token'],
        ),
        '[0-9a-f]{32}|[0-9a-f]{20}',
      ),
    minEntropy: 3,
    companions: [
      { name: 'site_id', pattern: /[Ss][Ii][Tt][Ee][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{20})\b/, withinLines: 3 },
    ],
    guide: {
      grants:
        'Track keys add and edit people and events in the workspace (and can trigger campaigns); App API keys read customer data and send transactional and broadcast messages.',
      revoke: 'Customer.io → Account settings → API credentials → regenerate or delete the key (Track or App API keys).',
      url: 'https://fly.customer.io/settings/api_credentials',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
