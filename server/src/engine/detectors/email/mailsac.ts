/** mailsac (disposable inboxes): e-mail. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mailsac.api-key',
    title: 'Mailsac API key',
    keywords: ['mailsac'],
    providers: [phrase('mailsac')],
    kinds: ['key', 'token', 'secret'],
    // `k_` + 36 or more [A-Za-z0-9] under a `mailsac` name.
    value: 'k_[0-9A-Za-z]{36,64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and deletes messages of the account's private addresses and sends mail from them.",
      revoke: 'mailsac.com → Dashboard → API keys → delete the key.',
      url: 'https://mailsac.com/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
