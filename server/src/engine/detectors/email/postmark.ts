/** Postmark server and account tokens: UUIDs, so the provider must be in the name or header. */
import { STORE_IN_SECRET_STORE, UUID, assignment, defineDetector, phrase, providerKindName, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'postmark.server-token',
    title: 'Postmark server or account token',
    keywords: ['postmark'],
    // A UUID: only under a postmark…token/key name or the X-Postmark-Server/Account-Token header.
    pattern: () =>
      assignment(
        providerKindName([phrase('postmark')], ['server token', 'account token', 'api token', 'api key', 'token', 'key', 'secret']),
        UUID,
      ),
    guide: {
      grants:
        "A server token sends e-mail from the server's verified senders and reads its messages, bounces and stats; an account token manages every server, domain and sender signature.",
      revoke:
        'Postmark → Servers → the server → API Tokens → generate a new token and delete the old one (account tokens: Account → API Tokens).',
      url: 'https://account.postmarkapp.com/servers',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
