/** paymongo (payments (Philippines)): payments and commerce. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'paymongo.api-key',
    title: 'PayMongo secret key',
    keywords: ['paymongo'],
    providers: [phrase('paymongo')],
    kinds: ['secret', 'key'],
    // `sk_live_` / `sk_test_` + 24 [A-Za-z0-9]; the prefix is shared with other providers, hence the name. Public keys (`pk_`) do not
    // match.
    value: 'sk_(?:live|test)_[A-Za-z0-9]{24}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Creates payment intents, refunds and payouts on the merchant account (test keys: test mode).',
      revoke: 'PayMongo Dashboard → Developers → API keys → roll the secret key.',
      url: 'https://dashboard.paymongo.com/developers',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
