/** sentry (CREDENTIAL-FORMATS.md §6): `sntryu_`/`sntrys_` (docs: token-formats), legacy 64-hex tokens, DSNs. */
import {
  assignedTo,
  decodeBase64,
  defineDetector,
  type Detector,
  HEX,
  isNotMixedHex,
  jsonHasFields,
  leadThen,
  nameWith,
  prefixedToken,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

const sentryRevoke = 'sentry.io → Settings → Auth Tokens (personal) or Developer Settings → Organization Tokens → revoke the token.';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sentry.user-token',
    title: 'Sentry user auth token',
    keywords: ['sntryu_'],
    scope: 'document',
    pattern: () => prefixedToken('sntryu_', HEX, 64),
    guide: {
      grants:
        "Calls the Sentry API as the user with the token's scopes: reads issues and events (which can carry user data), changes projects, uploads releases.",
      revoke: sentryRevoke,
      url: 'https://sentry.io/settings/account/api/auth-tokens/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'sentry.org-token',
    title: 'Sentry organization auth token',
    keywords: ['sntrys_'],
    scope: 'document',
    // `sntrys_` + Base64 JSON payload (`{"iat":…,"url":…,"region_url":…,"org":…}`) + `_` + 32 random
    // bytes as unpadded Base64 (43 chars; accept the URL-safe alphabet too).
    pattern: /(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,800}={0,2}_[A-Za-z0-9+/_-]{43})(?![A-Za-z0-9+/=_-])/,
    post: [({ value }) => (jsonHasFields(decodeBase64(value.slice(7, -44)), 'iat') ? undefined : 'payload is not Sentry token JSON')],
    guide: {
      grants: 'Uploads source maps and releases and reads organisation data allowed by the token (org tokens are limited to CI scopes).',
      revoke: sentryRevoke,
      url: 'https://docs.sentry.io/account/auth-tokens/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'sentry.legacy-token',
    title: 'Sentry auth token (legacy 64 hex)',
    keywords: ['sentry'],
    pattern: () => leadThen([assignedTo([nameWith('sentry', 'token'), nameWith('sentry', 'auth')])], '[0-9a-f]{64}'),
    post: [isNotMixedHex],
    guide: {
      grants: "Calls the Sentry API with the token's scopes (often project:write / org:read): reads issues and events, uploads releases.",
      revoke: sentryRevoke,
      url: 'https://sentry.io/settings/account/api/auth-tokens/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'sentry.dsn',
    title: 'Sentry DSN (public key)',
    keywords: ['sentry'],
    // `https://<32 hex public key>@<host>/<project id>`. Public by design: browser SDKs ship it and it
    // only submits events (it reads nothing), so it ranks below the legacy secret form: medium
    // confidence, still reported for server configs that keep it private (issue 9: "rank it accordingly").
    pattern:
      /(?<![A-Za-z0-9+.-])https?:\/\/(?<secret>[0-9a-f]{32})@(?<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}(?::\d{1,5})?)\/(?:[A-Za-z0-9_-]{1,40}\/){0,3}(?<project>\d{1,20})(?![A-Za-z0-9])/,
    post: [isNotMixedHex],
    confidence: 'medium',
    guide: {
      grants:
        'Lets anyone send (fake or abusive) events to the Sentry project, using its quota; it reads nothing (Sentry documents DSNs as safe to be public).',
      revoke:
        'Only if the project is flooded: sentry.io → Project Settings → Client Keys (DSN) → generate a new key, deploy it, then disable the old one; rate-limit the key.',
      url: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'sentry.dsn-secret-key',
    title: 'Sentry DSN with its legacy secret key',
    keywords: ['sentry'],
    // The legacy `https://<32 hex key>:<32 hex secret>@<host>/<project id>` form: the secret key
    // authenticated server-side API calls.
    pattern:
      /(?<![A-Za-z0-9+.-])https?:\/\/(?<secret>[0-9a-f]{32}:[0-9a-f]{32})@(?<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}(?::\d{1,5})?)\/(?:[A-Za-z0-9_-]{1,40}\/){0,3}(?<project>\d{1,20})(?![A-Za-z0-9])/,
    post: [isNotMixedHex],
    guide: {
      grants: 'Sends events to the project and, with the legacy secret key, authenticated server-side calls as the project client.',
      revoke: 'sentry.io → Project Settings → Client Keys (DSN) → generate a new key, deploy it, then disable or delete the old one.',
      url: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
