/**
 * MessageBird (Bird) credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, B62, defineDetector, phrase, providerKindName, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'messagebird.api-key',
    title: 'MessageBird (Bird) API access key',
    keywords: ['messagebird', 'message_bird', 'msgbird'],
    pattern: () =>
      assignment(
        providerKindName([phrase('message bird'), phrase('msgbird')], ['access key', 'api key', 'key', 'token']),
        `[${B62.re}]{25}`,
      ),
    minEntropy: 3.5,
    guide: {
      grants: 'Sends SMS, voice and WhatsApp messages billed to the account and reads message history and contacts.',
      revoke: 'MessageBird/Bird Dashboard → Developers → API access → delete the access key and create a new one.',
      url: 'https://dashboard.messagebird.com/en/developers/access',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
