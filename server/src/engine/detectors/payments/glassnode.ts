/**
 * Glassnode credentials. Shape: 27 base62 (XCHK: KF glassnode.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'glassnode.api-key',
    title: 'Glassnode API key',
    keywords: ['glassnode', 'glass_node', 'glass-node', 'glass.node'],
    providers: [phrase('glass node')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{27}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads on-chain and market metrics on the paid plan of the account.',
      revoke: 'Glassnode Studio → Settings → API → regenerate.',
      url: 'https://studio.glassnode.com/settings/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
