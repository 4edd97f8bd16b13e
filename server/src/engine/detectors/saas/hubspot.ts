/** hubspot (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, ci, defineDetector, type Detector, providerNames, UUID_LOWER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'hubspot.private-app-token',
    title: 'HubSpot private app access token',
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    scope: 'document',
    // `pat-<region>-` + UUID.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>pat-(?:na|eu|ap)[0-9]-${UUID_LOWER})(?![A-Za-z0-9-])`),
    guide: {
      grants: "Calls HubSpot's APIs for the account with the private app's scopes: CRM contacts, companies, deals, tickets, files, etc.",
      revoke: 'HubSpot → Settings → Integrations → Private apps (Legacy apps) → the app → Auth → Rotate token (expire the old one now).',
      url: 'https://developers.hubspot.com/docs/api/private-apps',
    },
  }),
  defineDetector({
    id: 'hubspot.legacy-api-key',
    title: 'HubSpot legacy API key (hapikey)',
    keywords: ['hubspot', 'hapikey'],
    pattern: () =>
      assignment(
        [
          ...providerNames(
            ['hubspot'],
            ['key', 'hapikey'].map((x) => ci(x)),
          ),
          ci('hapikey'),
        ],
        UUID_LOWER,
      ),
    guide: {
      grants: 'Full API access to the HubSpot account (legacy keys bypass scopes).',
      revoke:
        'API keys were sunset in November 2022: in Settings → Integrations → API key deactivate it if still listed, and use a private app token instead.',
      url: 'https://developers.hubspot.com/changelog/upcoming-api-key-sunset',
    },
  }),
];
