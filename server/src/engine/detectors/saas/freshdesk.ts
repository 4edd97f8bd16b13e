/**
 * Freshdesk credentials. Shape: CREDENTIAL-FORMATS.md §3 (20 base62).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'freshdesk.api-key',
    title: 'Freshdesk API key',
    keywords: ['freshdesk'],
    providers: [phrase('freshdesk')],
    kinds: ['api key', 'api token', 'token', 'key'],
    value: '[A-Za-z0-9]{20}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Acts as the agent whose key it is: reads and edits tickets, contacts and the helpdesk's settings within that agent's role.",
      revoke: 'Freshdesk → Profile settings → View API key → Reset API key (only the agent can reset their own key).',
      url: 'https://support.freshdesk.com/support/solutions/articles/215517',
    },
  }),
];
