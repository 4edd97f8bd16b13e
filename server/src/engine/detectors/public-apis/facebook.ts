/** facebook (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'facebook.access-token',
    title: 'Meta (Facebook) Graph API access token',
    keywords: ['EAA'],
    scope: 'document',
    // `EAA` + a letter other than `A` (`EAAA` is Square) + ~100–250 base62.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_+/])(?<secret>EAA[B-Za-z0-9][A-Za-z0-9]{90,500})(?![A-Za-z0-9+/])`),
    guide: {
      grants:
        'Acts on the Graph API as the user, page or system user it was issued to, with its permissions: read and post page content, manage ads, read messages.',
      revoke:
        'The user removes the app at facebook.com/settings → Business integrations / Apps and websites; for page and system-user tokens, regenerate them in Business Settings, and reset the app secret to invalidate app-derived tokens.',
      url: 'https://developers.facebook.com/tools/debug/accesstoken/',
    },
  }),
  defineDetector({
    id: 'facebook.app-access-token',
    title: 'Meta (Facebook) app access token',
    keywords: ['facebook', 'fb', 'access_token', 'accesstoken', 'graph'],
    // `<15–16 digit app id>|<app secret>`.
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>[0-9]{15,16}\\|[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])`),
    guide: {
      grants: 'Acts as the app itself on the Graph API: change app settings, read insights, manage test users and subscriptions.',
      revoke: 'developers.facebook.com → the app → App settings → Basic → Reset the App Secret (app tokens are derived from it).',
      url: 'https://developers.facebook.com/apps',
    },
  }),
  defineDetector({
    id: 'facebook.app-secret',
    title: 'Meta (Facebook / Instagram) app secret',
    keywords: ['facebook', 'fb', 'instagram', 'meta_app', 'metaapp'],
    pattern: () => assignment(providerNames(['facebook', 'fb', 'instagram', 'meta_app', 'metaapp'], names('secret'), true), '[0-9a-f]{32}'),
    minEntropy: 3.0,
    guide: {
      grants:
        'Mints app access tokens, verifies and forges signed requests and webhooks, and exchanges user tokens for long-lived ones as the app.',
      revoke: 'developers.facebook.com → the app → App settings → Basic → App secret → Reset.',
      url: 'https://developers.facebook.com/apps',
    },
  }),
];
