/** mixmax (e-mail engagement): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mixmax.api-key',
    title: 'Mixmax API token',
    keywords: ['mixmax'],
    providers: [phrase('mixmax')],
    kinds: ['key', 'token', 'secret'],
    // 36 [A-Za-z0-9_-] under a `mixmax` name.
    value: '[A-Za-z0-9_-]{36}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the user on sequences, contacts, messages and insights.',
      revoke: 'Mixmax → Settings → Integrations → API → delete the token.',
      url: 'https://app.mixmax.com/dashboard/settings/integrations',
    },
  }),
];
