/**
 * Twilio credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import {
  assignment,
  B62,
  defineDetector,
  HEX,
  PAIR_SEPARATOR,
  phrase,
  providerKindName,
  STORE_IN_SECRET_STORE,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'twilio.auth-token',
    title: 'Twilio auth token',
    keywords: ['twilio'],
    pattern: () => assignment(providerKindName([phrase('twilio')], ['auth token', 'token', 'auth', 'secret token']), `[${HEX.re}]{32}`),
    minEntropy: 3,
    companions: [{ name: 'account_sid', pattern: /(?<![A-Za-z0-9])(?<value>AC[0-9a-f]{32})(?![A-Za-z0-9])/, withinLines: 5 }],
    guide: {
      grants:
        "Full access to the Twilio account's REST API: send SMS and calls billed to it, read message logs and recordings, buy numbers, manage sub-accounts.",
      revoke:
        'Twilio Console → Account → API keys & tokens → Auth tokens → Request a secondary token → Promote it (the old primary stops working). Prefer API keys over the auth token in apps.',
      url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'twilio.account-credentials',
    title: 'Twilio account SID and auth token pair',
    keywords: ['twilio'],
    scope: 'document',
    // ACxxx:token in basic auth / URL user-info, or Client("ACxxx", "token") positional arguments.
    pattern: () => new RegExp(`(?<![A-Za-z0-9])(?<account_sid>AC[0-9a-f]{32})${PAIR_SEPARATOR}(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])`),
    minEntropy: 3,
    guide: {
      grants:
        "Full access to the Twilio account's REST API: send SMS and calls billed to it, read message logs and recordings, buy numbers.",
      revoke:
        'Twilio Console → Account → API keys & tokens → Auth tokens → Request a secondary token → Promote it (the old primary stops working).',
      url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'twilio.api-key',
    title: 'Twilio API key (SID and secret)',
    keywords: ['twilio'],
    scope: 'document',
    // SKxxx:secret (basic auth) or Client("SKxxx", "secret", "ACxxx"). The SK SID alone is an identifier.
    pattern: () => new RegExp(`(?<![A-Za-z0-9])(?<key_sid>SK[0-9a-f]{32})${PAIR_SEPARATOR}(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])`),
    minEntropy: 3.5,
    guide: {
      grants: 'Calls the Twilio REST API on the account (standard keys: everything but account/key management; main keys: everything).',
      revoke: 'Twilio Console → Account → API keys & tokens → the key → Delete, then create a new key.',
      url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'twilio.api-key-secret',
    title: 'Twilio API key secret',
    keywords: ['twilio'],
    pattern: () =>
      assignment(providerKindName([phrase('twilio')], ['api secret', 'api key secret', 'key secret', 'secret']), `[${B62.re}]{32}`),
    minEntropy: 3.5,
    companions: [{ name: 'key_sid', pattern: /(?<![A-Za-z0-9])(?<value>SK[0-9a-f]{32})(?![A-Za-z0-9])/, withinLines: 5 }],
    guide: {
      grants: 'With its SK key SID, calls the Twilio REST API on the account (messages, calls, numbers; everything for main keys).',
      revoke: 'Twilio Console → Account → API keys & tokens → the key → Delete, then create a new key.',
      url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
