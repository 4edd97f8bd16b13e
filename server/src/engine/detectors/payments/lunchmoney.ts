/** lunchmoney (personal finance): payments and commerce. */
import { contextual, type Detector, isNotMixedHex, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'lunchmoney.api-key',
    title: 'Lunch Money access token',
    keywords: ['lunchmoney', 'lunch_money'],
    providers: [phrase('lunch money')],
    kinds: ['key', 'token', 'secret'],
    // 50 hex under a `lunchmoney` name.
    value: '[0-9a-f]{50}',
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and changes the budget's transactions, categories and assets (personal financial data).",
      revoke: 'my.lunchmoney.app → Settings → Developers → revoke the access token.',
      url: 'https://my.lunchmoney.app/developers',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
