/** jotform (online forms): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'jotform.api-key',
    title: 'Jotform API key',
    keywords: ['jotform'],
    providers: [phrase('jotform')],
    kinds: ['key', 'token', 'secret'],
    // 32 [A-Za-z0-9] under a `jotform` name.
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads form submissions (often personal data) and creates or edits the account's forms, per the key's access level.",
      revoke: 'jotform.com → Settings → API → delete the key and create a new one.',
      url: 'https://www.jotform.com/myaccount/api',
    },
  }),
];
