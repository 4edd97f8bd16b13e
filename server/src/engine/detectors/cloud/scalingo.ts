/** Scalingo credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { B64URL, INJECT_FROM_SECRET_STORE, lacksMixedClasses, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'scalingo.api-token',
    title: 'Scalingo API token',
    prefix: 'tk-us-',
    alphabet: B64URL,
    length: 48,
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: 'Acts as the Scalingo user: deploy, read environment variables, manage add-ons and collaborators.',
      revoke: 'Scalingo dashboard → User settings → API tokens → delete; create a new token.',
      url: 'https://dashboard.scalingo.com/account/tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
