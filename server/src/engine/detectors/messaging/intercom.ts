/**
 * Intercom credentials. Shape: CREDENTIAL-FORMATS.md §3 (60 chars of base64 starting `dG9rOg`, the base64 of `tok:`; XCHK: KF
 * intercom.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'intercom.access-token',
    title: 'Intercom access token',
    keywords: ['intercom'],
    providers: [phrase('intercom')],
    kinds: ['access token', 'api token', 'api key', 'token'],
    // Base64 of `tok:` + 40 characters: `dG9rOg` + 53 base64 + `=` (60 in all).
    value: 'dG9rOg[A-Za-z0-9+/]{53}=',
    post: [hasRunOf(8)],
    guide: {
      grants: 'Calls the Intercom REST API as the workspace app: reads and writes contacts, conversations, companies and messages.',
      revoke: 'Intercom Developer Hub → Your apps → the app → Authentication → regenerate the access token (the old one stops working).',
      url: 'https://app.intercom.com/a/apps/_/developer-hub',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
