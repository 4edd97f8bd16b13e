/** pastebin (paste API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'pastebin.api-key',
    title: 'Pastebin API developer key',
    keywords: ['pastebin'],
    providers: [phrase('pastebin')],
    kinds: ['key', 'token', 'secret'],
    // 32 [A-Za-z0-9_] under a `pastebin` name (`api_dev_key`).
    value: '[A-Za-z0-9_]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Creates pastes (and, with a user key, lists and deletes the user's pastes) as the account.",
      revoke:
        'Pastebin issues one developer key per account: contact Pastebin to replace it, and change the account password to invalidate user keys.',
      url: 'https://pastebin.com/doc_api',
    },
  }),
];
