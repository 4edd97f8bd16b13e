/** linear (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { B62, defineDetector, type Detector, prefixedToken } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'linear.api-key',
    title: 'Linear personal API key',
    keywords: ['lin_api_'],
    scope: 'document',
    pattern: () => prefixedToken('lin_api_', B62, 40),
    guide: {
      grants: "Acts as the user on Linear's GraphQL API: read and change issues, projects, cycles and comments in their workspace.",
      revoke: 'Linear → Settings → Account → Security & access → Personal API keys → Revoke.',
      url: 'https://linear.app/settings/account/security',
    },
  }),
  defineDetector({
    id: 'linear.oauth-token',
    title: 'Linear OAuth access token',
    keywords: ['lin_oauth_'],
    scope: 'document',
    // `lin_oauth_` + 64 hex (unverified): accept a range.
    pattern: () => prefixedToken('lin_oauth_', B62, [40, 100]),
    guide: {
      grants: 'Acts as the user who authorised the OAuth application, with its scopes.',
      revoke:
        'POST the token to https://api.linear.app/oauth/revoke, or the user removes the app in Settings → Account → Security & access → Authorized applications.',
      url: 'https://linear.app/developers/oauth-2-0-authentication',
    },
  }),
];
