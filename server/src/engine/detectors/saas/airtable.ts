/** airtable (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, hasOneCharacterClass, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'airtable.pat',
    title: 'Airtable personal access token',
    keywords: ['pat'],
    scope: 'document',
    // `pat` + 14 base62 (token id) + `.` + 64 hex (secret); CREDENTIAL-FORMATS.md §8.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\\.[0-9a-f]{64})(?![A-Za-z0-9])`),
    guide: {
      grants:
        'Acts as the user on the bases and with the scopes chosen for the token: read and write records, schemas, comments and webhooks.',
      revoke:
        "airtable.com/create/tokens → the token → Regenerate or Delete (enterprise admins can revoke members' tokens in the admin panel).",
      url: 'https://airtable.com/create/tokens',
    },
  }),
  defineDetector({
    id: 'airtable.legacy-api-key',
    title: 'Airtable legacy API key',
    keywords: ['airtable'],
    // Legacy keys: `key` + 14 base62, deprecated February 2024.
    pattern: () => assignment(providerNames(['airtable']), 'key[A-Za-z0-9]{14}'),
    post: [hasOneCharacterClass],
    guide: {
      grants: 'Full API access as the user to every base they can reach.',
      revoke:
        'Legacy API keys stopped working on 1 February 2024; check airtable.com/account that no key is listed and move to a scoped personal access token.',
      url: 'https://airtable.com/create/tokens',
    },
  }),
];
