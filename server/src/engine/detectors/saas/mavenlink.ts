/** mavenlink (professional-services automation (Kantata)): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mavenlink.api-key',
    title: 'Mavenlink (Kantata) API token',
    keywords: ['mavenlink', 'kantata'],
    providers: [phrase('mavenlink'), phrase('kantata')],
    kinds: ['key', 'token', 'secret'],
    // 64 [a-z0-9] under a `mavenlink` / `kantata` name.
    value: '[a-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the user on workspaces, projects, time entries and invoices.',
      revoke: 'Kantata → Settings → Integrations → OAuth applications → revoke the token.',
      url: 'https://app.mavenlink.com/',
    },
  }),
];
