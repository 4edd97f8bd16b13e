/** twitter (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, ci, defineDetector, type Detector, hasOneCharacterClass, phrase, providerNames } from '../kit/index.js';

/** `(?:consumer|api|app)[_.-]?(?:key[_.-]?)?secret`-style fragments. */
function eitherThen(firsts: readonly string[], middle: string | undefined, last: string): string {
  const mid = middle ? `(?:${ci(middle)}[_.-]?)?` : '';
  return `(?:${firsts.map(ci).join('|')})[_.-]?${mid}${ci(last)}`;
}

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'twitter.bearer-token',
    title: 'X (Twitter) app-only bearer token',
    keywords: ['AAAAAAAAAAAAAAAAAAAA'],
    scope: 'document',
    // 20+ `A` then ~90 URL-encoded chars; the whole token is the secret.
    pattern: () => new RegExp(`(?<![A-Za-z0-9%])(?<secret>A{20,24}[B-Za-z0-9%][A-Za-z0-9%]{70,120})(?![A-Za-z0-9%])`),
    guide: {
      grants:
        "Calls the X API as the app (app-only auth): read posts, users and search within the project's access level, spending its rate limits and paid quota.",
      revoke: 'developer.x.com → Projects & Apps → the app → Keys and tokens → Bearer Token → Regenerate (invalidates the old one).',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),
  defineDetector({
    id: 'twitter.api-key',
    title: 'X (Twitter) API key (consumer key)',
    keywords: ['twitter'],
    pattern: () =>
      assignment(providerNames(['twitter'], [phrase('consumer key'), phrase('api key'), phrase('app key')]), '[A-Za-z0-9]{25}'),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants: 'Identifies the app; with the API key secret it signs OAuth 1.0a requests and mints bearer tokens as the app.',
      revoke: 'developer.x.com → Projects & Apps → the app → Keys and tokens → API Key and Secret → Regenerate.',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),
  defineDetector({
    id: 'twitter.api-secret',
    title: 'X (Twitter) API key secret (consumer secret)',
    keywords: ['twitter'],
    pattern: () => assignment(providerNames(['twitter'], [eitherThen(['consumer', 'api', 'app'], 'key', 'secret')]), '[A-Za-z0-9]{50}'),
    minEntropy: 4.0,
    guide: {
      grants:
        "With the API key, signs requests as the app and, with a user's access token, as that user; it also mints app-only bearer tokens.",
      revoke: 'developer.x.com → Projects & Apps → the app → Keys and tokens → API Key and Secret → Regenerate.',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),
  defineDetector({
    id: 'twitter.access-token',
    title: 'X (Twitter) user access token',
    keywords: ['twitter'],
    // `<numeric user id>-<40 base62>`.
    pattern: () =>
      assignment(providerNames(['twitter'], [phrase('access token'), phrase('oauth token')]), '[0-9]{1,20}-[A-Za-z0-9]{20,50}'),
    guide: {
      grants:
        "With its secret and the app's consumer key and secret, acts as that X account: post, delete, read DMs, follow, within the app's permissions.",
      revoke:
        'developer.x.com → the app → Keys and tokens → Access Token and Secret → Revoke/Regenerate; the user can also revoke the app at x.com/settings/connected_apps.',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),
  defineDetector({
    id: 'twitter.access-token-secret',
    title: 'X (Twitter) access token secret',
    keywords: ['twitter'],
    pattern: () => assignment(providerNames(['twitter'], [eitherThen(['access', 'oauth'], 'token', 'secret')]), '[A-Za-z0-9]{45}'),
    minEntropy: 4.0,
    guide: {
      grants: "With the access token and the app's consumer key and secret, acts as that X account within the app's permissions.",
      revoke: 'developer.x.com → the app → Keys and tokens → Access Token and Secret → Revoke/Regenerate.',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),
];
