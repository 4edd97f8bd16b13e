/**
 * Social networks, maps, media, public-data APIs and IPFS pinning. Shapes, context keywords
 * and look-alikes: CREDENTIAL-FORMATS.md §12, plus Pinata. Algolia admin keys live in observability.ts,
 * Infura / Alchemy / Etherscan / Moralis in payments.ts. Google (`AIza`) keys belong to gcp.ts, Yandex
 * and Baidu cloud keys to cloud.ts, Twitch to messaging.ts, Mapbox to saas.ts.
 */
import { fake, fakeJwt, toBase64 } from '../fake.js';
import { B62, B64, B64URL, HEX, HEX_UPPER, LOWER_DIGITS, UPPER_DIGITS, alphabet, ci } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { JWT_SHAPE, LEFT, UUID, contextual, fakeUuid, isSingleCharClass, prefixed, urlParam, w } from './saas.js';

const words = (...list: string[]): string[] => list.map((x) => ci(x));
const DIGITS = alphabet('0-9');

/** `(?:consumer|api|app)[_.-]?(?:key[_.-]?)?secret`-style fragments. */
function eitherThen(firsts: readonly string[], middle: string | undefined, last: string): string {
  const mid = middle ? `(?:${ci(middle)}[_.-]?)?` : '';
  return `(?:${firsts.map(ci).join('|')})[_.-]?${mid}${ci(last)}`;
}

/** The document must mention MaxMind / GeoIP for a bare `LicenseKey` line to count. */
const isOutsideGeoipConfig: PostValidator = ({ text, path }) =>
  /maxmind|geoip|EditionIDs/i.test(path ?? '') || /maxmind|geoip|EditionIDs/i.test(text) ? undefined : 'no MaxMind/GeoIP context';

/** Sourcegraph shares `sgp_`; its bodies are hex (with `_` / `local_`), Segment's are mixed-case base64url. */
const isSourcegraphBody: PostValidator = ({ value }) => (/^sgp_(?:local_)?[0-9a-f_]+$/.test(value) ? 'Sourcegraph token shape' : undefined);

const twitterTail = (salt: string) => `${fake(alphabet('B-Z'), 1, salt)}${fake(B62, 50, `${salt}1`)}%2B${fake(B62, 14, `${salt}2`)}%3D${fake(B62, 40, `${salt}3`)}`;
const fbToken = (salt: string, kind = 'G') => `EAA${kind}${fake(B62, 180, salt)}`;

export const detectors: Detector[] = [
  // --- X / Twitter ----------------------------------------------------------------------------
  prefixed({
    id: 'twitter.bearer-token',
    title: 'X (Twitter) app-only bearer token',
    keywords: ['AAAAAAAAAAAAAAAAAAAA'],
    // 20+ `A` then ~90 URL-encoded chars; the whole token is the secret.
    pattern: new RegExp(`(?<![A-Za-z0-9%])(?<secret>A{20,24}[B-Za-z0-9%][A-Za-z0-9%]{70,120})(?![A-Za-z0-9%])`),
    positive: [`TWITTER_BEARER_TOKEN=«${'A'.repeat(21)}${twitterTail('tw')}»`, `curl -H "Authorization: Bearer «${'A'.repeat(22)}${twitterTail('tw2')}»" https://api.x.com/2/tweets`],
    negative: [`padding = "${'A'.repeat(120)}"`, `TWITTER_BEARER_TOKEN=${'A'.repeat(21)}${fake(B62, 20, 'short')}`],
    guide: {
      grants: 'Calls the X API as the app (app-only auth): read posts, users and search within the project\'s access level, spending its rate limits and paid quota.',
      revoke: 'developer.x.com → Projects & Apps → the app → Keys and tokens → Bearer Token → Regenerate (invalidates the old one).',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),
  contextual({
    id: 'twitter.api-key',
    title: 'X (Twitter) API key (consumer key)',
    providers: ['twitter'],
    words: [w('consumer', 'key'), w('api', 'key'), w('app', 'key')],
    value: '[A-Za-z0-9]{25}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`TWITTER_API_KEY=«${fake(B62, 25, 'twk')}»`, `twitter_consumer_key: "«${fake(B62, 25, 'twk2')}»"`],
    negative: ['TWITTER_API_KEY=your_twitter_api_key_here', `TWITTER_API_KEY_SECRET=${fake(B62, 50, 'tws')}`],
    guide: {
      grants: 'Identifies the app; with the API key secret it signs OAuth 1.0a requests and mints bearer tokens as the app.',
      revoke: 'developer.x.com → Projects & Apps → the app → Keys and tokens → API Key and Secret → Regenerate.',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),
  contextual({
    id: 'twitter.api-secret',
    title: 'X (Twitter) API key secret (consumer secret)',
    providers: ['twitter'],
    words: [eitherThen(['consumer', 'api', 'app'], 'key', 'secret')],
    value: '[A-Za-z0-9]{50}',
    minEntropy: 4.0,
    positive: [`TWITTER_API_KEY_SECRET=«${fake(B62, 50, 'tws')}»`, `twitterConsumerSecret = '«${fake(B62, 50, 'tws2')}»'`],
    negative: ['TWITTER_API_SECRET=${TWITTER_SECRET}', `TWITTER_API_SECRET=${fake(B62, 25, 'half')}`],
    guide: {
      grants: 'With the API key, signs requests as the app and, with a user\'s access token, as that user; it also mints app-only bearer tokens.',
      revoke: 'developer.x.com → Projects & Apps → the app → Keys and tokens → API Key and Secret → Regenerate.',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),
  contextual({
    id: 'twitter.access-token',
    title: 'X (Twitter) user access token',
    providers: ['twitter'],
    words: [w('access', 'token'), w('oauth', 'token')],
    // `<numeric user id>-<40 base62>`.
    value: '[0-9]{1,20}-[A-Za-z0-9]{20,50}',
    positive: [`TWITTER_ACCESS_TOKEN=«${fake(DIGITS, 19, 'twa')}-${fake(B62, 40, 'twa2')}»`],
    negative: [`TWITTER_ACCESS_TOKEN_SECRET=${fake(B62, 45, 'twas')}`, 'TWITTER_ACCESS_TOKEN=123-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    guide: {
      grants: 'With its secret and the app\'s consumer key and secret, acts as that X account: post, delete, read DMs, follow, within the app\'s permissions.',
      revoke: 'developer.x.com → the app → Keys and tokens → Access Token and Secret → Revoke/Regenerate; the user can also revoke the app at x.com/settings/connected_apps.',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),
  contextual({
    id: 'twitter.access-token-secret',
    title: 'X (Twitter) access token secret',
    providers: ['twitter'],
    words: [eitherThen(['access', 'oauth'], 'token', 'secret')],
    value: '[A-Za-z0-9]{45}',
    minEntropy: 4.0,
    positive: [`TWITTER_ACCESS_TOKEN_SECRET=«${fake(B62, 45, 'twas')}»`, `"twitter_access_secret": "«${fake(B62, 45, 'twas2')}»"`],
    negative: ['TWITTER_ACCESS_TOKEN_SECRET=<secret>', `TWITTER_ACCESS_TOKEN=${fake(DIGITS, 19, 'x')}-${fake(B62, 40, 'y')}`],
    guide: {
      grants: 'With the access token and the app\'s consumer key and secret, acts as that X account within the app\'s permissions.',
      revoke: 'developer.x.com → the app → Keys and tokens → Access Token and Secret → Revoke/Regenerate.',
      url: 'https://developer.x.com/en/portal/dashboard',
    },
  }),

  // --- Meta (Facebook, Instagram) -------------------------------------------------------------
  prefixed({
    id: 'facebook.access-token',
    title: 'Meta (Facebook) Graph API access token',
    keywords: ['EAA'],
    // `EAA` + a letter other than `A` (`EAAA` is Square) + ~100–250 base62.
    pattern: new RegExp(`(?<![A-Za-z0-9_+/])(?<secret>EAA[B-Za-z0-9][A-Za-z0-9]{90,500})(?![A-Za-z0-9+/])`),
    positive: [`FB_PAGE_TOKEN=«${fbToken('fb')}»`, `https://graph.facebook.com/v19.0/me?access_token=«${fbToken('fb2', 'B')}»&fields=id`],
    negative: [`SQUARE_ACCESS_TOKEN=EAAA${fake(B64URL, 60, 'sq')}`, `token = "EAAG${fake(B62, 30, 'short')}"`],
    guide: {
      grants: 'Acts on the Graph API as the user, page or system user it was issued to, with its permissions: read and post page content, manage ads, read messages.',
      revoke: 'The user removes the app at facebook.com/settings → Business integrations / Apps and websites; for page and system-user tokens, regenerate them in Business Settings, and reset the app secret to invalidate app-derived tokens.',
      url: 'https://developers.facebook.com/tools/debug/accesstoken/',
    },
  }),
  {
    id: 'facebook.app-access-token',
    title: 'Meta (Facebook) app access token',
    kind: 'specific',
    keywords: ['facebook', 'fb', 'access_token', 'accesstoken', 'graph'],
    keywordScope: 'line',
    // `<15–16 digit app id>|<app secret>`.
    pattern: new RegExp(`${LEFT}(?<secret>[0-9]{15,16}\\|[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])`),
    examples: {
      positive: [`FB_APP_TOKEN=«${fake(DIGITS, 16, 'fbapp')}|${fake(HEX, 32, 'fbapp2')}»`, `graph.facebook.com/debug_token?input_token=x&access_token=«${fake(DIGITS, 15, 'fbapp3')}|${fake(B64URL, 27, 'fbapp4')}»`],
      negative: [`FB_APP_ID=${fake(DIGITS, 16, 'id')}`, `facebook | ${fake(DIGITS, 16, 'n')} | ${fake(HEX, 32, 'h')}`],
    },
    guide: {
      grants: 'Acts as the app itself on the Graph API: change app settings, read insights, manage test users and subscriptions.',
      revoke: 'developers.facebook.com → the app → App settings → Basic → Reset the App Secret (app tokens are derived from it).',
      url: 'https://developers.facebook.com/apps',
    },
  },
  contextual({
    id: 'facebook.app-secret',
    title: 'Meta (Facebook / Instagram) app secret',
    providers: ['facebook', 'fb', 'instagram', 'meta_app', 'metaapp'],
    boundary: true,
    words: words('secret'),
    value: '[0-9a-f]{32}',
    minEntropy: 3.0,
    positive: [`FACEBOOK_APP_SECRET=«${fake(HEX, 32, 'fbs')}»`, `'fb_secret' => '«${fake(HEX, 32, 'fbs2')}»',`],
    negative: [`FACEBOOK_APP_ID=${fake(DIGITS, 16, 'fbid')}`, 'FACEBOOK_APP_SECRET=<app-secret>', `METADATA_SECRET=${fake(HEX, 32, 'md')}`],
    guide: {
      grants: 'Mints app access tokens, verifies and forges signed requests and webhooks, and exchanges user tokens for long-lived ones as the app.',
      revoke: 'developers.facebook.com → the app → App settings → Basic → App secret → Reset.',
      url: 'https://developers.facebook.com/apps',
    },
  }),
  prefixed({
    id: 'instagram.access-token',
    title: 'Instagram API access token',
    keywords: ['IGQV', 'IGAA'],
    // Basic Display tokens start `IGQV`, Instagram-login tokens `IGAA` (unverified): a minimum length.
    pattern: new RegExp(`${LEFT}(?<secret>(?:IGQV|IGAA)[A-Za-z0-9_-]{100,400})(?![A-Za-z0-9_-])`),
    positive: [`INSTAGRAM_ACCESS_TOKEN=«IGQVJ${fake(B64URL, 180, 'ig')}»`, `fetch(\`https://graph.instagram.com/me/media?access_token=«IGAA${fake(B64URL, 150, 'ig2')}»\`)`],
    negative: [`IGQV${fake(B64URL, 20, 'short')}`],
    guide: {
      grants: 'Reads the Instagram account\'s profile and media (and, for business logins, publishes content and reads comments and messages) within the granted permissions.',
      revoke: 'The account owner removes the app in Instagram → Settings → Website permissions → Apps and websites; the developer can reset the app secret in the Meta app dashboard.',
      url: 'https://developers.facebook.com/apps',
    },
  }),

  // --- LinkedIn, Pinterest, Reddit ------------------------------------------------------------
  contextual({
    id: 'linkedin.client-secret',
    title: 'LinkedIn app client secret',
    providers: ['linkedin'],
    words: words('secret'),
    // 16 base62 (the client id, 12–14 [a-z0-9], is public); newer `WPL_AP1.` secrets: next detector.
    value: '[A-Za-z0-9]{16}',
    minEntropy: 3.0,
    post: [isSingleCharClass],
    positive: [`LINKEDIN_CLIENT_SECRET=«${fake(B62, 16, 'li')}»`, `linkedin_secret: "«${fake(B62, 16, 'li2')}»"`],
    negative: [`LINKEDIN_CLIENT_ID=${fake(LOWER_DIGITS, 14, 'liid')}`, 'LINKEDIN_CLIENT_SECRET=${LINKEDIN_SECRET}'],
    guide: {
      grants: 'With the client ID, exchanges authorization codes for member access tokens as your app and runs client-credentials flows.',
      revoke: 'linkedin.com/developers/apps → the app → Auth → Generate a new client secret, then delete the old one.',
      url: 'https://www.linkedin.com/developers/apps',
    },
  }),
  prefixed({
    id: 'linkedin.client-secret-wpl',
    title: 'LinkedIn app client secret (WPL_AP1)',
    keywords: ['WPL_AP1.'],
    // `WPL_AP1.` + 16 + `.` + Base64 (unverified).
    pattern: new RegExp(`${LEFT}(?<secret>WPL_AP1\\.[A-Za-z0-9]{16}\\.[A-Za-z0-9+/]{4,60}={0,2})(?![A-Za-z0-9+/=])`),
    positive: [`LINKEDIN_CLIENT_SECRET=«WPL_AP1.${fake(B62, 16, 'wpl')}.${toBase64(fake(B62, 6, 'wpl2'))}»`],
    negative: ['secret = "WPL_AP1.<secret>"'],
    guide: {
      grants: 'With the client ID, exchanges authorization codes for member access tokens as your app.',
      revoke: 'linkedin.com/developers/apps → the app → Auth → Generate a new client secret, then delete the old one.',
      url: 'https://www.linkedin.com/developers/apps',
    },
  }),
  prefixed({
    id: 'pinterest.access-token',
    title: 'Pinterest API access token',
    keywords: ['pina_'],
    // API v5 access tokens start `pina_` (unverified length): a minimum.
    pattern: new RegExp(`${LEFT}(?<secret>pina_[A-Za-z0-9_-]{40,300})(?![A-Za-z0-9_-])`),
    positive: [`PINTEREST_ACCESS_TOKEN=«pina_${fake(B64URL, 120, 'pin')}»`],
    negative: ['PINTEREST_ACCESS_TOKEN=pina_<token>', `pina_${fake(B64URL, 10, 'short')}`],
    guide: {
      grants: 'Acts as the Pinterest user on API v5 within the token\'s scopes: boards, pins, ads accounts and analytics.',
      revoke: 'The user disconnects the app in Pinterest → Settings → Security and permissions → Apps; the developer can rotate the app secret at developers.pinterest.com/apps.',
      url: 'https://developers.pinterest.com/apps/',
    },
  }),
  contextual({
    id: 'reddit.client-secret',
    title: 'Reddit app client secret',
    providers: ['reddit'],
    words: words('secret'),
    // 27–30 base64url chars; the client id (14–22 chars) is not secret.
    value: '[A-Za-z0-9_-]{27,30}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`REDDIT_CLIENT_SECRET=«${fake(B64URL, 27, 'rd')}»`, `reddit = praw.Reddit(client_id="x", reddit_secret="«${fake(B64URL, 30, 'rd2')}»")`],
    negative: [`REDDIT_CLIENT_ID=${fake(B64URL, 22, 'rdid')}`, 'REDDIT_CLIENT_SECRET=your_reddit_client_secret'],
    guide: {
      grants: 'With the client ID, obtains OAuth tokens as the app (script apps: as the owning account, given its password).',
      revoke: 'reddit.com/prefs/apps → the app → edit → regenerate the secret (or delete the app).',
      url: 'https://www.reddit.com/prefs/apps',
    },
  }),

  // --- Music, video, media --------------------------------------------------------------------
  contextual({
    id: 'spotify.client-secret',
    title: 'Spotify client secret',
    providers: ['spotify'],
    // 32 hex, like the public client id: only `…secret` names.
    words: words('secret'),
    value: '[0-9a-f]{32}',
    minEntropy: 3.0,
    positive: [`SPOTIFY_CLIENT_SECRET=«${fake(HEX, 32, 'sp')}»`, `spotifyClientSecret: '«${fake(HEX, 32, 'sp2')}»',`],
    negative: [`SPOTIFY_CLIENT_ID=${fake(HEX, 32, 'spid')}`, 'SPOTIFY_CLIENT_SECRET=<client-secret>'],
    guide: {
      grants: 'With the client ID, obtains tokens as your Spotify app (client-credentials) and exchanges users\' authorization codes.',
      revoke: 'developer.spotify.com/dashboard → the app → Settings → Rotate client secret.',
      url: 'https://developer.spotify.com/dashboard',
    },
  }),
  contextual({
    id: 'discogs.token',
    title: 'Discogs personal access token or consumer secret',
    providers: ['discogs'],
    words: words('token', 'secret'),
    value: '[A-Za-z0-9]{32,40}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`DISCOGS_TOKEN=«${fake(B62, 40, 'dg')}»`, `discogs_consumer_secret = "«${fake(B62, 32, 'dg2')}»"`],
    negative: [`DISCOGS_CONSUMER_KEY=${fake(B62, 20, 'dgk')}`, 'DISCOGS_TOKEN=<token>'],
    guide: {
      grants: 'Acts as the user on the Discogs API: their collection, wantlist, marketplace listings and orders.',
      revoke: 'discogs.com → Settings → Developers → Generate new token (invalidates the old one); apps: reset the consumer secret.',
      url: 'https://www.discogs.com/settings/developers',
    },
  }),
  contextual({
    id: 'lastfm.api-key',
    title: 'Last.fm API key or shared secret',
    providers: ['lastfm', 'last_fm'],
    words: words('key', 'secret'),
    value: '[0-9a-f]{32}',
    minEntropy: 3.0,
    positive: [`LASTFM_API_KEY=«${fake(HEX, 32, 'lfm')}»`, `LAST_FM_SHARED_SECRET: «${fake(HEX, 32, 'lfm2')}»`],
    negative: ['LASTFM_API_KEY=${LASTFM_KEY}', `LASTFM_USERNAME=${fake(HEX, 32, 'u')}`],
    guide: {
      grants: 'The key calls the Last.fm API on your app\'s quota; with the shared secret it signs authenticated calls (scrobbling, loving tracks) for users who authorised the app.',
      revoke: 'last.fm/api/accounts → the API account → reset the shared secret (or delete the account and create a new one).',
      url: 'https://www.last.fm/api/accounts',
    },
  }),
  contextual({
    id: 'flickr.api-key',
    title: 'Flickr API key or secret',
    providers: ['flickr'],
    words: words('key', 'secret'),
    // Key 32 hex, secret 16 hex.
    value: '[0-9a-f]{32}|[0-9a-f]{16}',
    minEntropy: 2.8,
    positive: [`FLICKR_API_KEY=«${fake(HEX, 32, 'fl')}»`, `flickr_secret: '«${fake(HEX, 16, 'fl2')}»'`],
    negative: [`FLICKR_USER_ID=${fake(DIGITS, 8, 'u')}@N0${fake(DIGITS, 1, 'n')}`, 'FLICKR_API_KEY=<your-api-key>'],
    guide: {
      grants: 'Calls the Flickr API as your app; with the secret it signs OAuth requests and acts for users who authorised the app (upload, edit, delete photos).',
      revoke: 'flickr.com/services/apps/by/me → the app → Edit key details → reset, or delete the key.',
      url: 'https://www.flickr.com/services/apps/by/me',
    },
  }),
  contextual({
    id: 'dailymotion.api-secret',
    title: 'Dailymotion API secret',
    providers: ['dailymotion'],
    words: words('secret'),
    value: '[0-9a-f]{40}',
    minEntropy: 3.0,
    positive: [`DAILYMOTION_API_SECRET=«${fake(HEX, 40, 'dm')}»`],
    negative: [`DAILYMOTION_API_KEY=${fake(HEX, 20, 'dmk')}`],
    guide: {
      grants: 'With the API key, obtains tokens as your app (and, with a password grant, as the channel owner): upload, edit and delete videos.',
      revoke: 'Dailymotion Partner HQ → Organization → API keys → the key → regenerate the secret or delete the key.',
      url: 'https://www.dailymotion.com/partner',
    },
  }),
  contextual({
    id: 'vimeo.access-token',
    title: 'Vimeo access token or client secret',
    providers: ['vimeo'],
    words: words('token', 'secret'),
    // Access tokens 32 hex; client secrets ~128 Base64 chars (unverified).
    value: '[0-9a-f]{32}|[A-Za-z0-9+/]{100,140}={0,2}',
    minEntropy: 3.0,
    positive: [`VIMEO_ACCESS_TOKEN=«${fake(HEX, 32, 'vm')}»`, `vimeo_client_secret: «${fake(B64, 128, 'vm2')}»`],
    negative: [`VIMEO_CLIENT_ID=${fake(HEX, 40, 'vid')}`, 'VIMEO_ACCESS_TOKEN=<token>'],
    guide: {
      grants: 'Acts on the Vimeo API with the token\'s scopes: upload, edit, delete and download the account\'s videos, read private ones.',
      revoke: 'developer.vimeo.com/apps → the app → Authentication → delete the token (or regenerate the client secret).',
      url: 'https://developer.vimeo.com/apps',
    },
  }),
  contextual({
    id: 'steam.web-api-key',
    title: 'Steam Web API key',
    providers: ['steam'],
    boundary: true,
    words: words('key', 'token'),
    value: '[0-9A-F]{32}',
    minEntropy: 3.0,
    positive: [`STEAM_API_KEY=«${fake(HEX_UPPER, 32, 'st')}»`, `"steamWebApiKey": "«${fake(HEX_UPPER, 32, 'st2')}»"`],
    negative: [`UPSTREAM_KEY=${fake(HEX_UPPER, 32, 'up')}`, `STEAM_APP_ID=${fake(DIGITS, 6, 'app')}`],
    guide: {
      grants: 'Calls the Steam Web API as the key\'s owner; publisher keys can also read and change the owner\'s game data (achievements, inventories, microtransactions).',
      revoke: 'steamcommunity.com/dev/apikey → Revoke My Steam Web API Key (publisher keys: Steamworks → Users & Permissions → Manage Web API keys).',
      url: 'https://steamcommunity.com/dev/apikey',
    },
  }),
  prefixed({
    id: 'riot.api-key',
    title: 'Riot Games API key',
    keywords: ['RGAPI-'],
    pattern: new RegExp(`${LEFT}(?<secret>RGAPI-${UUID})(?![A-Za-z0-9-])`),
    positive: [`RIOT_API_KEY=«RGAPI-${fakeUuid('riot')}»`, `curl -H "X-Riot-Token: «RGAPI-${fakeUuid('riot2')}»" https://euw1.api.riotgames.com/lol/status/v4/platform-data`],
    negative: ['RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    guide: {
      grants: 'Calls the Riot Games APIs (League, Valorant, TFT data) on the key\'s rate limits; production keys are tied to a registered product.',
      revoke: 'developer.riotgames.com → Dashboard → regenerate the development key; production keys: the app page → regenerate.',
      url: 'https://developer.riotgames.com',
    },
  }),
  contextual({
    id: 'nytimes.api-key',
    title: 'New York Times API key',
    providers: ['nytimes', 'nyt'],
    boundary: true,
    words: words('key', 'secret'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`NYTIMES_API_KEY=«${fake(B62, 32, 'nyt')}»`, `nyt_api_key = "«${fake(B62, 32, 'nyt2')}»"`],
    negative: ['NYT_API_KEY=<your-key>', `NYTIMES_APP_ID=${fakeUuid('nytapp')}`],
    guide: {
      grants: 'Calls the NYT developer APIs (articles, books, archive) on the app\'s quota.',
      revoke: 'developer.nytimes.com → My Apps → the app → rotate (or delete) the API key.',
      url: 'https://developer.nytimes.com/my-apps',
    },
  }),
  contextual({
    id: 'yelp.api-key',
    title: 'Yelp Fusion API key',
    providers: ['yelp'],
    words: words('key', 'token'),
    value: '[A-Za-z0-9_-]{128}',
    minEntropy: 4.0,
    positive: [`YELP_API_KEY=«${fake(B64URL, 128, 'yelp')}»`],
    negative: [`YELP_CLIENT_ID=${fake(B64URL, 22, 'yid')}`],
    guide: {
      grants: 'Calls the Yelp Fusion API on the app\'s (possibly paid) quota.',
      revoke: 'yelp.com/developers/v3/manage_app → the app → regenerate the API key.',
      url: 'https://www.yelp.com/developers/v3/manage_app',
    },
  }),
  contextual({
    id: 'unsplash.secret-key',
    title: 'Unsplash secret key',
    providers: ['unsplash'],
    // The access key (same shape) is the public client id: only `…secret` names.
    words: words('secret'),
    value: '[A-Za-z0-9_-]{43}',
    minEntropy: 3.5,
    positive: [`UNSPLASH_SECRET_KEY=«${fake(B64URL, 43, 'un')}»`],
    negative: [`UNSPLASH_ACCESS_KEY=${fake(B64URL, 43, 'unk')}`],
    guide: {
      grants: 'With the access key, exchanges users\' authorization codes for tokens as your app (upload, like, manage collections for those users).',
      revoke: 'unsplash.com/oauth/applications → the app → Keys → regenerate the secret key.',
      url: 'https://unsplash.com/oauth/applications',
    },
  }),

  // --- Search, maps, geo, weather, news and other data APIs -----------------------------------
  contextual({
    id: 'openweather.api-key',
    title: 'OpenWeatherMap API key',
    providers: ['openweathermap', 'openweather', 'owm'],
    boundary: true,
    words: words('key', 'appid', 'token'),
    prefixes: [urlParam('openweathermap\\.org', 'appid')],
    keywords: ['openweather', 'owm'],
    value: '[0-9a-f]{32}',
    minEntropy: 3.0,
    positive: [`OPENWEATHER_API_KEY=«${fake(HEX, 32, 'owm')}»`, `fetch(\`https://api.openweathermap.org/data/2.5/weather?q=Lyon&units=metric&appid=«${fake(HEX, 32, 'owm2')}»\`)`],
    negative: ['https://api.openweathermap.org/data/2.5/weather?q=Lyon&appid={API key}', `OWM_CITY_ID=${fake(DIGITS, 7, 'city')}`],
    guide: {
      grants: 'Calls the OpenWeather APIs on the account\'s quota (paid plans are billed per call).',
      revoke: 'home.openweathermap.org/api_keys → delete the key (generate a new one first).',
      url: 'https://home.openweathermap.org/api_keys',
    },
  }),
  contextual({
    id: 'newsapi.api-key',
    title: 'NewsAPI key',
    providers: ['newsapi', 'news_api'],
    words: words('key', 'token'),
    prefixes: [urlParam('newsapi\\.org', 'apiKey')],
    value: '[0-9a-f]{32}',
    minEntropy: 3.0,
    positive: [`NEWSAPI_KEY=«${fake(HEX, 32, 'news')}»`, `requests.get("https://newsapi.org/v2/top-headlines?country=fr&apiKey=«${fake(HEX, 32, 'news2')}»")`],
    negative: ['NEWS_API_KEY=<your-newsapi-key>'],
    guide: {
      grants: 'Calls NewsAPI on the account\'s plan quota.',
      revoke: 'newsapi.org/account → regenerate the API key.',
      url: 'https://newsapi.org/account',
    },
  }),
  contextual({
    id: 'ipinfo.token',
    title: 'IPinfo access token',
    providers: ['ipinfo'],
    words: words('token', 'key'),
    prefixes: [urlParam('ipinfo\\.io', 'token')],
    value: '[0-9a-f]{14}',
    minEntropy: 2.8,
    positive: [`IPINFO_TOKEN=«${fake(HEX, 14, 'ipi')}»`, `curl "https://ipinfo.io/8.8.8.8/json?token=«${fake(HEX, 14, 'ipi2')}»"`],
    negative: ['IPINFO_TOKEN=<token>', `IPINFO_TOKEN=${fake(HEX, 32, 'long')}`],
    guide: {
      grants: 'Calls the IPinfo API on the account\'s (possibly paid) quota.',
      revoke: 'ipinfo.io/account/token → regenerate the token.',
      url: 'https://ipinfo.io/account/token',
    },
  }),
  contextual({
    id: 'abstractapi.api-key',
    title: 'Abstract API key',
    providers: ['abstractapi', 'abstract_api'],
    words: words('key', 'token'),
    prefixes: [urlParam('abstractapi\\.com', 'api_key')],
    value: '[0-9a-f]{32}',
    minEntropy: 3.0,
    positive: [`ABSTRACTAPI_KEY=«${fake(HEX, 32, 'abs')}»`, `axios.get('https://emailvalidation.abstractapi.com/v1/?api_key=«${fake(HEX, 32, 'abs2')}»&email=a@b.c')`],
    negative: ['abstract class ApiKeyProvider {}', 'ABSTRACT_API_KEY=<key>'],
    guide: {
      grants: 'Calls the Abstract API product the key belongs to (e-mail validation, geolocation, …) on the account\'s quota.',
      revoke: 'app.abstractapi.com → the API → Reset API key.',
      url: 'https://app.abstractapi.com',
    },
  }),
  contextual({
    id: 'opencage.api-key',
    title: 'OpenCage geocoding API key',
    providers: ['opencage'],
    words: words('key'),
    prefixes: [urlParam('opencagedata\\.com', 'key')],
    value: '[0-9a-f]{32}',
    minEntropy: 3.0,
    positive: [`OPENCAGE_API_KEY=«${fake(HEX, 32, 'oc')}»`, `https://api.opencagedata.com/geocode/v1/json?q=Lyon&key=«${fake(HEX, 32, 'oc2')}»`],
    negative: ['OPENCAGE_API_KEY=<key>'],
    guide: {
      grants: 'Calls the OpenCage geocoding API on the account\'s (paid) quota.',
      revoke: 'opencagedata.com/dashboard → Geocoding API → the key → delete (create a new one).',
      url: 'https://opencagedata.com/dashboard',
    },
  }),
  contextual({
    id: 'alphavantage.api-key',
    title: 'Alpha Vantage API key',
    providers: ['alphavantage', 'alpha_vantage'],
    words: words('key'),
    prefixes: [urlParam('alphavantage\\.co', 'apikey')],
    value: '[A-Z0-9]{16}',
    minEntropy: 3.0,
    post: [isSingleCharClass],
    positive: [`ALPHAVANTAGE_API_KEY=«${fake(UPPER_DIGITS, 16, 'av')}»`, `https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=«${fake(UPPER_DIGITS, 16, 'av2')}»`],
    negative: ['https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=demo'],
    guide: {
      grants: 'Calls the Alpha Vantage market-data API on the key\'s (possibly premium) quota.',
      revoke: 'Contact support@alphavantage.co to deactivate the key and claim a new one at alphavantage.co/support/#api-key.',
      url: 'https://www.alphavantage.co/support/#api-key',
    },
  }),
  contextual({
    id: 'nasa.api-key',
    title: 'NASA Open APIs key',
    providers: ['nasa'],
    boundary: true,
    words: words('key'),
    prefixes: [urlParam('api\\.nasa\\.gov', 'api_key')],
    value: '[A-Za-z0-9]{40}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`NASA_API_KEY=«${fake(B62, 40, 'nasa')}»`, `https://api.nasa.gov/planetary/apod?api_key=«${fake(B62, 40, 'nasa2')}»`],
    negative: ['https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY', 'NASA_API_KEY=DEMO_KEY'],
    guide: {
      grants: 'Calls api.nasa.gov on the key\'s hourly rate limit (abuse is attributed to the key owner).',
      revoke: 'Request a new key at api.nasa.gov and ask api.data.gov support to deactivate the leaked one.',
      url: 'https://api.nasa.gov',
    },
  }),
  contextual({
    id: 'wolfram.app-id',
    title: 'Wolfram|Alpha AppID',
    providers: ['wolfram'],
    words: [...words('appid', 'key'), w('app', 'id')],
    value: '[A-Z0-9]{6}-[A-Z0-9]{10}',
    positive: [`WOLFRAM_APP_ID=«${fake(UPPER_DIGITS, 6, 'wa')}-${fake(UPPER_DIGITS, 10, 'wa2')}»`],
    negative: ['WOLFRAM_APP_ID=DEMO', 'WOLFRAM_APP_ID=XXXXXX-XXXXXXXXXX'],
    guide: {
      grants: 'Calls the Wolfram|Alpha APIs on the AppID\'s (possibly paid) monthly quota.',
      revoke: 'developer.wolframalpha.com → My Apps → the app → delete it and create a new AppID.',
      url: 'https://developer.wolframalpha.com/access',
    },
  }),
  prefixed({
    id: 'maxmind.license-key',
    title: 'MaxMind license key',
    keywords: ['_mmk'],
    // 6 + `_` + 29 base62 + `_mmk` (40 chars).
    pattern: new RegExp(`${LEFT}(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_])`),
    positive: [`MAXMIND_LICENSE_KEY=«${fake(B62, 6, 'mm')}_${fake(B62, 29, 'mm2')}_mmk»`, `LicenseKey «${fake(B62, 6, 'mm3')}_${fake(B62, 29, 'mm4')}_mmk»`],
    negative: ['MAXMIND_LICENSE_KEY=XXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXX_mmk'],
    guide: {
      grants: 'Downloads the account\'s GeoIP2/GeoLite databases and calls the GeoIP web services and minFraud on its (paid) quota.',
      revoke: 'maxmind.com → My Account → Manage License Keys → Deactivate the key (generate a new one first).',
      url: 'https://www.maxmind.com/en/accounts/current/license-key',
    },
  }),
  contextual({
    id: 'maxmind.legacy-license-key',
    title: 'MaxMind license key (legacy)',
    providers: ['maxmind', 'geoip'],
    words: [w('license', 'key')],
    // GeoIP.conf: `LicenseKey <key>`, only in a file that mentions MaxMind/GeoIP.
    extraNames: [`(?<![^\\n])${w('license', 'key')}`],
    keywords: ['maxmind', 'geoip', 'licensekey'],
    value: '[A-Za-z0-9]{12,16}',
    minEntropy: 3.0,
    post: [isSingleCharClass, isOutsideGeoipConfig],
    positive: [`MAXMIND_LICENSE_KEY=«${fake(B62, 16, 'mml')}»`, { text: `AccountID 123456\nLicenseKey «${fake(B62, 12, 'mml2')}»\nEditionIDs GeoLite2-City`, path: 'etc/GeoIP.conf' }],
    negative: [`LicenseKey ${fake(B62, 16, 'other')}`, 'MAXMIND_LICENSE_KEY=<license-key>'],
    guide: {
      grants: 'Downloads the account\'s GeoIP databases and calls its GeoIP web services.',
      revoke: 'maxmind.com → My Account → Manage License Keys → Deactivate the key and generate a new-format key.',
      url: 'https://www.maxmind.com/en/accounts/current/license-key',
    },
  }),
  contextual({
    id: 'shodan.api-key',
    title: 'Shodan API key',
    providers: ['shodan'],
    words: words('key', 'token'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    post: [isSingleCharClass],
    positive: [`SHODAN_API_KEY=«${fake(B62, 32, 'sho')}»`, `api = shodan.Shodan(shodan_key := "«${fake(B62, 32, 'sho2')}»")`],
    negative: ['SHODAN_API_KEY=<key>', `SHODAN_API_KEY=${'a1'.repeat(16)}`],
    guide: {
      grants: 'Uses the account\'s Shodan query and scan credits, network alerts and saved searches.',
      revoke: 'account.shodan.io → Overview → API Key → Reset.',
      url: 'https://account.shodan.io',
    },
  }),
  contextual({
    id: 'rapidapi.key',
    title: 'RapidAPI key',
    providers: ['rapidapi', 'rapid_api'],
    words: words('key', 'token', 'secret'),
    value: '[A-Za-z0-9_-]{50}',
    minEntropy: 3.5,
    positive: [`RAPIDAPI_KEY=«${fake(HEX, 10, 'ra')}msh${fake(HEX, 14, 'ra2')}p1${fake(HEX, 6, 'ra3')}jsn${fake(HEX, 12, 'ra4')}»`, `headers: { 'X-RapidAPI-Key': '«${fake(HEX, 10, 'rb')}msh${fake(HEX, 14, 'rb2')}p1${fake(HEX, 6, 'rb3')}jsn${fake(HEX, 12, 'rb4')}»', 'X-RapidAPI-Host': 'x.p.rapidapi.com' }`],
    negative: ["headers: { 'X-RapidAPI-Key': 'SIGN-UP-FOR-KEY' }", `'X-RapidAPI-Host': '${fake(LOWER_DIGITS, 20, 'h')}.p.rapidapi.com'`],
    guide: {
      grants: 'Calls every API the RapidAPI application is subscribed to, billed to the account (including pay-per-use plans).',
      revoke: 'RapidAPI Hub → My Apps → the app → Authorization → rotate (add a new key, delete the leaked one).',
      url: 'https://rapidapi.com/developer/apps',
    },
  }),

  // --- Customer data (Segment) ----------------------------------------------------------------
  prefixed({
    id: 'segment.public-api-token',
    title: 'Segment Public API token',
    keywords: ['sgp_'],
    // `sgp_` + ~64 mixed-case base64url; Sourcegraph's `sgp_` tokens are hex and shorter.
    pattern: new RegExp(`${LEFT}(?<secret>sgp_[A-Za-z0-9_-]{60,70})(?![A-Za-z0-9_-])`),
    post: [isSourcegraphBody],
    positive: [`SEGMENT_PUBLIC_API_TOKEN=«sgp_${fake(B62, 64, 'seg')}»`, `curl https://api.segmentapis.com/workspaces -H "Authorization: Bearer «sgp_${fake(B62, 64, 'seg2')}»"`],
    negative: [`SRC_ACCESS_TOKEN=sgp_${fake(HEX, 16, 'sg')}_${fake(HEX, 40, 'sg2')}`, `SRC_ACCESS_TOKEN=sgp_local_${fake(HEX, 40, 'sgl')}`, 'SEGMENT_TOKEN=sgp_...'],
    guide: {
      grants: 'Manages the Segment workspace through the Public API within the token\'s role: sources, destinations (and their credentials), tracking plans, users.',
      revoke: 'app.segment.com → Settings → Workspace settings → Access management → Tokens → select the token → Remove token.',
      url: 'https://app.segment.com',
    },
  }),
  contextual({
    id: 'segment.config-api-token',
    title: 'Segment Config API token (legacy)',
    providers: ['segment', 'sgmt'],
    words: words('token', 'key', 'secret'),
    value: '[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}',
    positive: [`SEGMENT_CONFIG_API_TOKEN=«${fake(B64URL, 43, 'sgc')}.${fake(B64URL, 43, 'sgc2')}»`],
    negative: [`SEGMENT_WRITE_KEY=${fake(B62, 32, 'wk')}`],
    guide: {
      grants: 'Manages the Segment workspace through the legacy Config API: sources, destinations and their settings.',
      revoke: 'app.segment.com → Settings → Workspace settings → Access management → Tokens → Remove token.',
      url: 'https://app.segment.com',
    },
  }),

  // --- IPFS pinning ---------------------------------------------------------------------------
  contextual({
    id: 'pinata.api-secret',
    title: 'Pinata API secret',
    providers: ['pinata'],
    words: words('secret'),
    value: '[0-9a-f]{64}',
    minEntropy: 3.0,
    positive: [`PINATA_API_SECRET=«${fake(HEX, 64, 'pin')}»`, `pinata_secret_api_key: '«${fake(HEX, 64, 'pin2')}»'`],
    negative: [`PINATA_API_KEY=${fake(HEX, 20, 'pk')}`, 'PINATA_API_SECRET=<secret>'],
    guide: {
      grants: 'With the API key, pins, lists and unpins files on the account\'s IPFS storage and gateways.',
      revoke: 'app.pinata.cloud → API Keys → the key → Revoke.',
      url: 'https://app.pinata.cloud/developers/api-keys',
    },
  }),
  contextual({
    id: 'pinata.jwt',
    title: 'Pinata API JWT',
    providers: ['pinata'],
    words: words('jwt', 'token', 'key'),
    value: JWT_SHAPE,
    positive: [`PINATA_JWT=«${fakeJwt({ userInformation: { id: fakeUuid('pu'), email: 'ops@example.com' }, authenticationType: 'scopedKey', scopedKeyKey: fake(HEX, 20, 'psk'), iat: 1700000000 }, 'pinata')}»`],
    negative: ['PINATA_JWT=<jwt>', 'PINATA_JWT=eyJhbGciOi...'],
    guide: {
      grants: 'Pins, lists and deletes files on the account\'s IPFS storage and gateways within the key\'s scopes.',
      revoke: 'app.pinata.cloud → API Keys → the key → Revoke.',
      url: 'https://app.pinata.cloud/developers/api-keys',
    },
  }),

  // --- Places ---------------------------------------------------------------------------------
  prefixed({
    id: 'foursquare.api-key',
    title: 'Foursquare Places API key',
    keywords: ['fsq3'],
    // `fsq3` + ~44 Base64 chars (unverified): a minimum length.
    pattern: new RegExp(`${LEFT}(?<secret>fsq3[A-Za-z0-9+/]{40,60}={0,2})(?![A-Za-z0-9+/=])`),
    positive: [`FOURSQUARE_API_KEY=«fsq3${fake(B64, 44, 'fsq')}=»`],
    negative: [`fsq3${fake(B64, 10, 'short')}`],
    guide: {
      grants: 'Calls the Foursquare Places API billed to the project.',
      revoke: 'foursquare.com/developers → the project → API keys → Revoke/Delete the key.',
      url: 'https://foursquare.com/developers/projects',
    },
  }),
];
