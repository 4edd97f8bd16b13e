/**
 * Elastic Email credentials. Shape: 96 base64url (XCHK: KF elasticemail.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'elasticemail.api-key',
    title: 'Elastic Email API key',
    keywords: ['elasticemail', 'elastic_email', 'elastic-email', 'elastic.email'],
    providers: [phrase('elastic email')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9_-]{96}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Sends e-mail as the account's verified domains and reads contacts, campaigns and statistics.",
      revoke: 'Elastic Email → Settings → Create API → the key → delete.',
      url: 'https://app.elasticemail.com/marketing/settings/new/create-api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
