/** leadfeeder (B2B visitor tracking): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'leadfeeder.api-key',
    title: 'Leadfeeder API token',
    keywords: ['leadfeeder'],
    providers: [phrase('leadfeeder')],
    kinds: ['key', 'token', 'secret'],
    // 43 [A-Za-z0-9-] under a `leadfeeder` name.
    value: '[A-Za-z0-9-]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads the account's companies, visits and leads.",
      revoke: 'Leadfeeder → Personal settings → API tokens → revoke the token.',
      url: 'https://app.leadfeeder.com/',
    },
  }),
];
