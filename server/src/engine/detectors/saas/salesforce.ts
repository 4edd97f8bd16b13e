/** salesforce (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { alphabet, assignment, defineDetector, type Detector, phrase, prefixedToken, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'salesforce.access-token',
    title: 'Salesforce OAuth access / session token',
    keywords: ['00D'],
    scope: 'document',
    // The 15-character org id (`00D` + 12) + `!` + the session part.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,200})(?![A-Za-z0-9._])`),
    guide: {
      grants: "A live session: acts as the user on the org's REST, SOAP and Bulk APIs until it expires or is revoked.",
      revoke:
        "POST the token to https://login.salesforce.com/services/oauth2/revoke (or your My Domain), or Setup → Session Management → Remove the session; change the user's password if a password flow issued it.",
      url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm',
    },
  }),
  defineDetector({
    id: 'salesforce.refresh-token',
    title: 'Salesforce OAuth refresh token',
    keywords: ['5Aep8'],
    scope: 'document',
    // Refresh tokens start `5Aep8` (unverified, widely observed); ~87 chars.
    pattern: () => prefixedToken('5Aep8', alphabet('A-Za-z0-9._'), [60, 120]),
    guide: {
      grants: 'Mints new access tokens for the user through the connected app until revoked.',
      revoke:
        'Setup → Connected Apps OAuth Usage → the app → Revoke (or the user: Settings → Connected Apps → Revoke); or POST it to /services/oauth2/revoke.',
      url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm',
    },
  }),
  defineDetector({
    id: 'salesforce.consumer-secret',
    title: 'Salesforce connected app consumer secret',
    // 64 hex (newer) or 19 digits (older) (unverified); the consumer key `3MVG9…` is its public pair.
    pattern: () =>
      assignment(
        providerNames(['salesforce', 'sfdc', 'sf_'], [phrase('consumer secret'), phrase('client secret')]),
        '[0-9A-Fa-f]{64}|[0-9]{19}',
      ),
    keywords: ['salesforce', 'sfdc', 'sf_'],
    minEntropy: 2.5,
    guide: {
      grants:
        "With the consumer key, runs OAuth flows as the connected app (client-credentials and JWT flows act as the app's run-as user).",
      revoke:
        'Setup → App Manager → the connected app → View → Manage Consumer Details → Generate (staged rotation), then apply the new secret and expire the old one.',
      url: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm',
    },
  }),
];
