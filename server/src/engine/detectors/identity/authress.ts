/** authress (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { defineDetector, type Detector, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'authress.access-key',
    title: 'Authress service client access key',
    keywords: ['.acc_'],
    scope: 'document',
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>(?:sc_|ext_|scauth_|authress_)[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}\.[A-Za-z0-9+/=_-]{30,120})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 4,
    guide: {
      grants: "Authenticates as the Authress service client and acts with its permissions on the account's users, roles and resources.",
      revoke: 'Authress management portal → Service clients → the client → delete the access key and create a new one.',
      url: 'https://authress.io/knowledge-base/docs/authentication/service-clients',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
