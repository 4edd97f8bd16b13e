/** loyverse (point of sale): payments and commerce. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'loyverse.api-key',
    title: 'Loyverse access token',
    keywords: ['loyverse'],
    providers: [phrase('loyverse')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `loyverse` name.
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the store's items, receipts, customers and inventory.",
      revoke: 'Loyverse Back Office → Access tokens → delete the token.',
      url: 'https://r.loyverse.com/dashboard/#/integrations/tokens',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
