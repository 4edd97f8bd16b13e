/** mailerlite (e-mail marketing): e-mail. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mailerlite.api-key',
    title: 'MailerLite classic API key',
    keywords: ['mailerlite'],
    providers: [phrase('mailerlite')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `mailerlite` name (classic API; current tokens are JWTs, left to the JWT detector).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes subscribers, groups and campaigns, and sends campaigns.',
      revoke: 'MailerLite → Integrations → API → delete or regenerate the key.',
      url: 'https://dashboard.mailerlite.com/integrations/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
