/** Brevo (Sendinblue) API and SMTP keys (`xkeysib-…`, `xsmtpsib-…`; CREDENTIAL-FORMATS.md §3). */
import { STORE_IN_SECRET_STORE, defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'brevo.api-key',
    title: 'Brevo (Sendinblue) API key',
    keywords: ['xkeysib-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    guide: {
      grants:
        'Full API access to the Brevo account: sends e-mail and SMS from your senders, exports contacts and lists, manages campaigns.',
      revoke: 'Brevo → SMTP & API → API Keys → delete the key and generate a new one.',
      url: 'https://app.brevo.com/settings/keys/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'brevo.smtp-key',
    title: 'Brevo (Sendinblue) SMTP key',
    keywords: ['xsmtpsib-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    guide: {
      grants: 'Sends e-mail through smtp-relay.brevo.com as the account, from any of its verified senders.',
      revoke: 'Brevo → SMTP & API → SMTP → delete the SMTP key and generate a new one.',
      url: 'https://app.brevo.com/settings/keys/smtp',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
