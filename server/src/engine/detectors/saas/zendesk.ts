/**
 * Zendesk credentials. Shape: CREDENTIAL-FORMATS.md §3 (40 base62; XCHK: GL zendesk-secret-key).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'zendesk.api-token',
    title: 'Zendesk API token',
    keywords: ['zendesk'],
    providers: [phrase('zendesk')],
    kinds: ['api token', 'api key', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as any agent or admin of the Zendesk account (email/token basic auth): reads and edits tickets, users and settings.',
      revoke: 'Zendesk Admin Center → Apps and integrations → APIs → Zendesk API → the token → Delete.',
      url: 'https://support.zendesk.com/hc/en-us/articles/4408889192858',
    },
  }),
];
