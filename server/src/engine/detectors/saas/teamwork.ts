/** teamwork (long tail of providers, issue 9 §3): Teamwork.com (Projects, Desk, CRM, Spaces). */
import { token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'teamwork.api-token',
    title: 'Teamwork.com API token',
    keywords: ['tkn.v1_'],
    // `tkn.v1_` + 71 base64 characters + `=` (format facts: Kingfisher rule set, one token for Projects, Desk, CRM and Spaces).
    body: 'tkn\\.v1_[A-Za-z0-9+/]{71}=',
    right: 'A-Za-z0-9_+/=',
    guide: {
      grants: 'Acts as the user on the Teamwork site: projects, tasks, time logs, tickets, CRM deals and Spaces pages they can reach.',
      revoke: 'Teamwork → profile → Edit my details → API & Mobile → reset the API token.',
      url: 'https://apidocs.teamwork.com/guides/teamwork/authentication',
    },
  }),
];
