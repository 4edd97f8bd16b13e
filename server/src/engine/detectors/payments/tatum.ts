/** tatum (long tail of providers, issue 9 §3): Tatum. */
import { contextual, type Detector, hasRunOf, phraseAfterNonLetter, STORE_IN_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'tatum.api-key',
    title: 'Tatum API key',
    keywords: ['tatum'],
    providers: [phraseAfterNonLetter('tatum')],
    kinds: ['key', 'token', 'secret'],
    // A UUID (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: UUID,
    post: [hasRunOf(6)],
    guide: {
      grants: "Calls Tatum blockchain APIs (and, on some plans, custodial wallet operations) billed to the account's credits.",
      revoke: 'Tatum dashboard → API keys → delete the key and create a new one.',
      url: 'https://dashboard.tatum.io/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
