/** paydirt (time tracking and invoicing): payments and commerce. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'paydirt.api-key',
    title: 'Paydirt API key',
    keywords: ['paydirt'],
    providers: [phrase('paydirt')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `paydirt` name.
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the account's clients, jobs, time and invoices.",
      revoke: 'Paydirt → Settings → API → regenerate the key.',
      url: 'https://paydirtapp.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
