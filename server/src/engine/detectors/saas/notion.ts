/** notion (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { ci, defineDetector, type Detector, hasOneCharacterClass } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'notion.integration-token',
    title: 'Notion integration token',
    keywords: ['ntn_'],
    scope: 'document',
    // Since 2024: `ntn_` + 11 digits + 35 base62 (50 chars); developers.notion.com credential-security guide.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35,40})(?![A-Za-z0-9])`),
    guide: {
      grants: 'Reads and writes every Notion page and database shared with the integration.',
      revoke:
        'notion.so/profile/integrations (formerly notion.so/my-integrations) → the integration → Configuration → Refresh the internal integration secret, or delete the integration.',
      url: 'https://www.notion.so/profile/integrations',
    },
  }),
  defineDetector({
    id: 'notion.legacy-token',
    title: 'Notion integration token or OAuth client secret (legacy secret_)',
    // `secret_` alone is too common a word: require `notion` on the same line.
    keywords: ['notion'],
    pattern: () => new RegExp(`${ci('notion')}[^\\n]{0,80}?(?<![A-Za-z0-9_])(?<secret>secret_[A-Za-z0-9]{43})(?![A-Za-z0-9])`),
    post: [hasOneCharacterClass],
    guide: {
      grants:
        "An internal integration token reads and writes every page shared with the integration; a public integration's client secret lets anyone complete OAuth as your integration.",
      revoke:
        'notion.so/profile/integrations → the integration → Configuration → Refresh the secret (public integrations: regenerate the OAuth client secret), or delete the integration.',
      url: 'https://www.notion.so/profile/integrations',
    },
  }),
];
