/**
 * Apify credentials. Shape: `apify_api_` + 36 base62 (Apify security docs: personal API tokens are prefixed `apify_api_`; XCHK: KF
 * apify.yml).
 */
import { B62, bodyHasOneCharacterClass, type Detector, lacksLetterAndDigit, token } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'apify.api-token',
    title: 'Apify API token',
    prefix: 'apify_api_',
    alphabet: B62,
    length: 36,
    post: [lacksLetterAndDigit, bodyHasOneCharacterClass('apify_api_')],
    guide: {
      grants:
        'Full access to the Apify account (unless the token is scoped): runs Actors billed to it, reads datasets, key-value stores and secrets.',
      revoke: 'Apify Console → Settings → API & Integrations → the token → Delete (or reset the default token).',
      url: 'https://console.apify.com/settings/integrations',
    },
  }),
];
