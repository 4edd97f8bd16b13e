/**
 * Gumroad credentials. Shape: 43 base64url (XCHK: KF gumroad.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'gumroad.access-token',
    title: 'Gumroad access token',
    keywords: ['gumroad'],
    providers: [phrase('gumroad')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9_-]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Acts on the seller's Gumroad account: products, sales, subscribers, licence keys and payouts data.",
      revoke: 'Gumroad → Settings → Advanced → Applications → the application → revoke / regenerate the access token.',
      url: 'https://app.gumroad.com/settings/advanced',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
