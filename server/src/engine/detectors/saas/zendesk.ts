/** zendesk (long tail of providers, issue 9 §3): Zendesk. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'zendesk.api-token',
    title: 'Zendesk API token',
    keywords: ['zendesk', 'zen_desk', 'zen-desk', 'zen.desk'],
    providers: [phrase('zendesk'), phraseAfterNonLetter('zen desk')],
    kinds: ['key', 'token', 'secret'],
    // 40 letters and digits (format facts: Zendesk Admin Center (40-character API tokens)); no prefix, so only the provider's name in the variable name says what it is.
    value: '[A-Za-z0-9]{40}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "With an agent's e-mail, acts as that agent (often an admin) on the Zendesk Support instance: tickets, users, organizations and settings.",
      revoke: 'Zendesk Admin Center → Apps and integrations → APIs → Zendesk API → the token → Delete.',
      url: 'https://support.zendesk.com/hc/en-us/articles/4408889192858',
    },
  }),
];
