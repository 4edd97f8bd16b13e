/** wise (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, phrase, phraseAfterNonLetter, STORE_IN_SECRET_STORE, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'wise.api-token',
    title: 'Wise (TransferWise) API token',
    keywords: ['wise'],
    providers: [phrase('transferwise'), phraseAfterNonLetter('wise')],
    kinds: ['api token', 'api key', 'token', 'key'],
    value: UUID,
    guide: {
      grants: "Per the token's type, reads balances and statements or creates and funds transfers from the Wise account.",
      revoke: 'Wise → Settings → Developer tools → API tokens → the token → Revoke, then create a new read-only one where possible.',
      url: 'https://wise.com/settings/api-tokens',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
