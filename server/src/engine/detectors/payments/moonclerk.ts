/** moonclerk (recurring payments): payments and commerce. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'moonclerk.api-key',
    title: 'MoonClerk API key',
    keywords: ['moonclerk'],
    providers: [phrase('moonclerk')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `moonclerk` name.
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads the account's payment forms, customers and payments.",
      revoke: 'MoonClerk → Account → API → regenerate the key.',
      url: 'https://app.moonclerk.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
