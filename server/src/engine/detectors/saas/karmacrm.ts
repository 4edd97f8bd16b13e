/** karmacrm (CRM): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'karmacrm.api-key',
    title: 'karmaCRM API token',
    keywords: ['karmacrm', 'karma_crm'],
    providers: [phrase('karma crm')],
    kinds: ['key', 'token', 'secret'],
    // 20 [A-Za-z0-9] under a `karmacrm` name.
    value: '[A-Za-z0-9]{20}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and writes the account's contacts, companies and deals.",
      revoke: 'karmaCRM → Settings → API → reset the token.',
      url: 'https://app.karmacrm.com/',
    },
  }),
];
