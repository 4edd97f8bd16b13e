/** MailerSend API tokens (`mlsn.<64 hex>`). */
import { STORE_IN_SECRET_STORE, defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mailersend.api-token',
    title: 'MailerSend API token',
    keywords: ['mlsn.'],
    pattern: /(?<![A-Za-z0-9_.])(?<secret>mlsn\.[0-9a-f]{64})(?![A-Za-z0-9_])/,
    guide: {
      grants:
        "Sends e-mail and SMS from your MailerSend domains and, per the token's scopes, reads activity and manages domains, templates and webhooks.",
      revoke: 'MailerSend → Integrations → API tokens → the token → Delete (or Domains → Manage → API tokens).',
      url: 'https://app.mailersend.com/api-tokens',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
