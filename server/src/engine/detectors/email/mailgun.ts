/** Mailgun API keys (legacy `key-…` and current 32-8-8 hex) and webhook signing keys (CREDENTIAL-FORMATS.md §3). */
import {
  STORE_IN_SECRET_STORE,
  assignment,
  defineDetector,
  phrase,
  phraseAfterNonLetter,
  providerKindName,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

/** The same 32-8-8 hex shape is Mailgun's API key and its webhook signing key: the name decides. */
const isSigningKeyLine: PostValidator = ({ line }) =>
  /sign/i.test(line) ? 'Mailgun webhook signing key (reported separately)' : undefined;

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mailgun.api-key',
    title: 'Mailgun API key (legacy key- format)',
    keywords: ['key-'],
    // key-<32 hex>: Mailgun's private API key before 2021; still valid where not rotated.
    pattern: /(?<![A-Za-z0-9_])(?<secret>key-[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    guide: {
      grants:
        'Full use of the Mailgun account: sends mail from every domain (phishing from your domain), reads logs and stored messages, manages domains, routes and webhooks.',
      revoke:
        'Mailgun → Account settings → API security (API keys) → create a new key and delete the old one; domain sending keys under Sending → Domain settings → Sending API keys.',
      url: 'https://app.mailgun.com/settings/api_security',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'mailgun.private-api-key',
    title: 'Mailgun private API key',
    keywords: ['mailgun'],
    scope: 'document',
    // Current keys: <32 hex>-<8 hex>-<8 hex>. Not a UUID; only in documents that mention Mailgun.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9_-])/,
    post: [isSigningKeyLine],
    minEntropy: 3,
    guide: {
      grants:
        'Full use of the Mailgun account (or one domain, for sending keys): sends mail from your domains, reads logs and stored messages, manages domains and webhooks.',
      revoke:
        'Mailgun → Account settings → API security → delete the key (or Sending → Domain settings → Sending API keys for domain keys) and create a new one.',
      url: 'https://app.mailgun.com/settings/api_security',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'mailgun.webhook-signing-key',
    title: 'Mailgun webhook signing key',
    keywords: ['mailgun'],
    pattern: () =>
      assignment(
        providerKindName(
          [phrase('mailgun'), phraseAfterNonLetter('mg')],
          ['webhook signing key', 'signing key', 'webhook key', 'signing secret'],
        ),
        '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}',
      ),
    minEntropy: 3,
    guide: {
      grants: 'Lets anyone forge Mailgun webhook events (deliveries, bounces, complaints, inbound mail) that your endpoint will trust.',
      revoke: 'Mailgun → Sending → Webhooks → HTTP webhook signing key → Reset (it is shared by all domains of the account).',
      url: 'https://app.mailgun.com/mg/sending/webhooks',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
