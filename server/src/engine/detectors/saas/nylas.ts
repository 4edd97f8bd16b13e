/** nylas (e-mail and calendar API): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'nylas.api-key',
    title: 'Nylas API key (v2 access token)',
    keywords: ['nylas'],
    providers: [phrase('nylas')],
    kinds: ['key', 'token', 'secret'],
    // 30 [A-Za-z0-9] under a `nylas` name.
    value: '[A-Za-z0-9]{30}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and sends the connected accounts' e-mail, calendar events and contacts.",
      revoke: 'Nylas Dashboard → the application → API keys (v3) or Accounts → revoke the token (v2).',
      url: 'https://dashboard-v3.nylas.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
