/** Cloudflare credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  B62,
  ci,
  decodeBase64,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  isHexOnly,
  lacksMixedClasses,
  phrase,
  requireNearby,
  terraformProviderAttribute,
  token,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

/** The Cloudflare tunnel token is base64 of `{"a":account,"t":tunnel,"s":secret}`. */
const isNotTunnelJson: PostValidator = ({ value }) => {
  try {
    const parsed = JSON.parse(decodeBase64(value)) as Record<string, unknown>;
    return typeof parsed.s === 'string' && typeof parsed.t === 'string' ? undefined : 'no tunnel secret';
  } catch {
    return 'not a tunnel token';
  }
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'cloudflare.api-token',
    title: 'Cloudflare API token (un-prefixed)',
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'cf_token', 'cfapi'],
    scope: 'document',
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${ci('cloudflare')}[A-Za-z0-9_.-]{0,30}${ci('token')}|${phrase('cf api token')}|${phrase('cf token')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|(?<_tf>${terraformProviderAttribute('cloudflare', ['api_token'])}\\s*=\\s*)|(?<_bearer>[Bb]earer\\s+))["']?(?<secret>[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
      ),
    post: [
      isHexOnly,
      lacksMixedClasses,
      (c) => (c.groups._bearer !== undefined ? requireNearby(/cloudflare/i, { lines: 4 }, 'no Cloudflare endpoint nearby')(c) : undefined),
    ],
    minEntropy: 3.5,
    guide: {
      grants: "Calls the Cloudflare API with the token's permissions: DNS, zone settings, Workers, firewall rules, possibly account-wide.",
      revoke: 'Cloudflare dashboard → My Profile → API Tokens → the token → Roll or Delete (account tokens: Manage Account → API Tokens).',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  token({
    id: 'cloudflare.user-api-token',
    title: 'Cloudflare user API token',
    prefix: 'cfut_',
    alphabet: B62,
    length: [40, 64],
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: "Calls the Cloudflare API as the user, with the token's permissions (DNS, zones, Workers …).",
      revoke:
        'Cloudflare dashboard → My Profile → API Tokens → Roll or Delete. Cloudflare revokes tokens that GitHub reports from public repositories.',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  token({
    id: 'cloudflare.account-api-token',
    title: 'Cloudflare account API token',
    prefix: 'cfat_',
    alphabet: B62,
    length: [40, 64],
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: "Calls the Cloudflare API on behalf of the account (not a user), with the token's permissions.",
      revoke: 'Cloudflare dashboard → Manage Account → Account API Tokens → Roll or Delete.',
      url: 'https://dash.cloudflare.com/?to=/:account/api-tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  token({
    id: 'cloudflare.global-api-key',
    title: 'Cloudflare Global API key',
    prefix: 'cfk_',
    alphabet: B62,
    length: [40, 64],
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: 'With the account e-mail, full access to everything the user can do in Cloudflare, on every account and zone.',
      revoke: 'Cloudflare dashboard → My Profile → API Tokens → Global API Key → Change; prefer scoped API tokens.',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'cloudflare.global-api-key-legacy',
    title: 'Cloudflare Global API key (legacy hex)',
    keywords: ['cloudflare', 'cf_api_key', 'cf-api-key', 'cfapikey', 'x-auth-key'],
    pattern: () =>
      anchored(
        assignment([`${ci('cloudflare')}[A-Za-z0-9_.-]{0,30}${ci('key')}`, phrase('cf api key'), phrase('x auth key')], '[0-9a-f]{37}'),
      ),
    minEntropy: 3.0,
    guide: {
      grants: 'With the account e-mail, full access to everything the user can do in Cloudflare.',
      revoke: 'Cloudflare dashboard → My Profile → API Tokens → Global API Key → Change.',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'cloudflare.origin-ca-key',
    title: 'Cloudflare Origin CA key',
    keywords: ['v1.0-'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>v1\.0-[0-9a-f]{24}-[0-9a-f]{146})(?![0-9a-f])/,
    guide: {
      grants: "Creates and revokes Cloudflare Origin CA certificates for the user's zones.",
      revoke: 'Cloudflare dashboard → My Profile → API Tokens → Origin CA Key → Change.',
      url: 'https://dash.cloudflare.com/profile/api-tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'cloudflare.tunnel-token',
    title: 'Cloudflare Tunnel token',
    keywords: ['eyJhIjoi'],
    scope: 'document',
    // base64 of {"a":"<account>","t":"<tunnel>","s":"<secret>"}: always starts `eyJhIjoi`.
    pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJhIjoi[A-Za-z0-9+/]{100,600}={0,2})(?![A-Za-z0-9+/=])/,
    post: [isNotTunnelJson],
    guide: {
      grants:
        'Runs a connector for the tunnel: whoever holds it can serve (or intercept) the hostnames routed through that Cloudflare Tunnel.',
      revoke:
        'Cloudflare Zero Trust → Networks → Tunnels → the tunnel → refresh the token (or delete and recreate the tunnel); restart connectors with the new token.',
      url: 'https://one.dash.cloudflare.com/',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
