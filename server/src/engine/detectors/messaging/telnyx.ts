/** telnyx (long tail of providers, issue 9 §3): Telnyx voice, messaging and SIM platform. */
import { bodyHasOneCharacterClass, contextual, phrase, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'telnyx.api-key',
    title: 'Telnyx API key (v2)',
    keywords: ['telnyx'],
    providers: [phrase('telnyx')],
    kinds: ['api key', 'key', 'token', 'secret'],
    // `KEY` + 55 characters [A-Za-z0-9_-] (format facts: Kingfisher rule set). `KEY` alone is too common a start, so the
    // provider's name in the variable name is required as well.
    value: 'KEY[A-Za-z0-9_-]{55}',
    minEntropy: 3.5,
    post: [bodyHasOneCharacterClass('KEY')],
    guide: {
      grants: 'Places calls, sends SMS and MMS, buys numbers and reads call and message records, all billed to the Telnyx account.',
      revoke: 'Telnyx Mission Control portal → Account settings → Keys & Credentials → API Keys → delete the key and create a new one.',
      url: 'https://portal.telnyx.com/#/app/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
