/** Mailchimp Transactional (Mandrill) API keys: un-prefixed, so the provider must be in the name. */
import { STORE_IN_SECRET_STORE, assignment, defineDetector, phrase, providerKindName, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mandrill.api-key',
    title: 'Mailchimp Transactional (Mandrill) API key',
    keywords: ['mandrill'],
    // 22 b64url (newer keys start md-); also the SMTP password of smtp.mandrillapp.com.
    pattern: () =>
      assignment(
        providerKindName([phrase('mandrill')], ['api key', 'key', 'secret', 'password', 'pass', 'token']),
        '(?:md-)?[A-Za-z0-9_-]{22}',
      ),
    minEntropy: 3.5,
    guide: {
      grants:
        'Sends transactional e-mail from your verified domains, reads message content and activity, and manages templates and webhooks.',
      revoke: 'Mailchimp Transactional (mandrillapp.com) → Settings → SMTP & API Info → delete the key and create a new one.',
      url: 'https://mandrillapp.com/settings',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
