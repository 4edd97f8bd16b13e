/** nozbe (team task management): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'nozbe.api-key',
    title: 'Nozbe API token',
    keywords: ['nozbe'],
    providers: [phrase('nozbe')],
    kinds: ['key', 'token', 'secret'],
    // 16 [A-Za-z0-9], `_`, 64 [A-Za-z0-9_=-] under a `nozbe` name.
    value: '[0-9A-Za-z]{16}_[0-9A-Za-z_=-]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Acts as the user on the team's projects and tasks.",
      revoke: 'Nozbe → Settings → Integrations → API tokens → revoke the token.',
      url: 'https://app.nozbe.com/',
    },
  }),
];
