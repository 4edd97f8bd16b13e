/** pepipost (transactional e-mail (Netcore)): e-mail. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'pepipost.api-key',
    title: 'Pepipost (Netcore Email) API key',
    keywords: ['pepipost', 'netcore'],
    providers: [phrase('pepipost'), phrase('netcore')],
    kinds: ['key', 'token', 'secret'],
    // 32 [A-Za-z0-9] under a `pepipost` / `netcore` name.
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Sends e-mail from the account's verified domains and reads delivery logs.",
      revoke: 'Netcore Email → Settings → Integrations → API → regenerate the key.',
      url: 'https://app.pepipost.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
