/** paymo (project management): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'paymo.api-key',
    title: 'Paymo API key',
    keywords: ['paymo'],
    providers: [phrase('paymo')],
    kinds: ['key', 'token', 'secret'],
    // 44 [A-Za-z0-9] under a `paymo` name.
    value: '[A-Za-z0-9]{44}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the user on projects, tasks, timesheets and invoices.',
      revoke: 'Paymo → My Account → API keys → delete the key.',
      url: 'https://app.paymoapp.com/',
    },
  }),
];
