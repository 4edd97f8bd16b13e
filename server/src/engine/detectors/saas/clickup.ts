/** clickup (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'clickup.pat',
    title: 'ClickUp personal API token',
    keywords: ['pk_'],
    scope: 'document',
    // `pk_` + user id + `_` + 32 upper-case alphanumerics: unlike Stripe/Klaviyo `pk_` keys.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>pk_[0-9]{6,10}_[A-Z0-9]{32})(?![A-Za-z0-9])`),
    guide: {
      grants: "Acts as the user on ClickUp's API across all their Workspaces: tasks, lists, docs, comments, time tracking.",
      revoke: 'ClickUp → avatar → Settings → Apps → API Token → Regenerate.',
      url: 'https://app.clickup.com/settings/apps',
    },
  }),
];
