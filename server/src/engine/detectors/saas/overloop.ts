/** overloop (sales automation): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'overloop.api-key',
    title: 'Overloop API key',
    keywords: ['overloop'],
    providers: [phrase('overloop')],
    kinds: ['key', 'token', 'secret'],
    // 50 [A-Za-z0-9_-] under an `overloop` name.
    value: '[A-Za-z0-9_-]{50}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and manages the account's prospects, campaigns and deals.",
      revoke: 'Overloop → Settings → API → regenerate the key.',
      url: 'https://app.overloop.com/',
    },
  }),
];
