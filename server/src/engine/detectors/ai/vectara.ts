/** vectara (long tail of providers, issue 9 §3): Vectara retrieval-augmented-generation platform. */
import { bodyHasOneCharacterClass, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'vectara.api-key',
    title: 'Vectara API key',
    keywords: ['zqt_', 'zwt_', 'zut_'],
    // Each of the three prefixes is distinctive (`zqt_`, `zwt_`, `zut_`); the derivation cannot read them through the alternation.
    confidence: 'high',
    // `zqt_` (query), `zwt_` (index: read and write) or `zut_` (personal) + ~38 base64url characters (Vectara docs name the
    // three key types; lengths observed in public configurations, so a range).
    body: '(?:zqt|zwt|zut)_[A-Za-z0-9_-]{36,44}',
    post: [bodyHasOneCharacterClass('zqt_')],
    guide: {
      grants:
        'Query keys search the corpora they are bound to; index keys also add and delete documents; personal keys act as the user on the whole account (corpora, keys, users).',
      revoke: 'Vectara console → API Keys (or Authorization → Personal API key) → disable or delete the key and create a new one.',
      url: 'https://console.vectara.com/console/apiAccess/apiKeys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
