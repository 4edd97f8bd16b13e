/** mailmodo (interactive e-mail): e-mail. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mailmodo.api-key',
    title: 'Mailmodo API key',
    keywords: ['mailmodo'],
    providers: [phrase('mailmodo')],
    kinds: ['key', 'token', 'secret'],
    // Four groups of 7 upper-case letters and digits joined by `-`, under a `mailmodo` name.
    value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Adds contacts and triggers campaigns and transactional e-mails.',
      revoke: 'Mailmodo → Settings → API keys → delete the key.',
      url: 'https://manage.mailmodo.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
