/** moosend (e-mail marketing): e-mail. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'moosend.api-key',
    title: 'Moosend API key',
    keywords: ['moosend'],
    providers: [phrase('moosend')],
    kinds: ['key', 'token', 'secret'],
    // A UUID under a `moosend` name.
    value: UUID,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes mailing lists, subscribers and campaigns, and sends campaigns.',
      revoke: 'Moosend → Settings → API key → regenerate.',
      url: 'https://identity.moosend.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
