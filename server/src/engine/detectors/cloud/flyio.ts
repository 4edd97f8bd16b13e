/** Fly.io credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { B64URL, defineDetector, INJECT_FROM_SECRET_STORE, lacksMixedClasses, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'flyio.access-token',
    title: 'Fly.io access token',
    prefix: 'fo1_',
    alphabet: B64URL,
    length: 43,
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: 'Calls the Fly.io API and `flyctl` as the user: deploy, read secrets metadata, SSH into machines, destroy apps.',
      revoke: '`fly tokens list` then `fly tokens revoke <id>`, or fly.io dashboard → Account → Access Tokens → revoke.',
      url: 'https://fly.io/user/personal_access_tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'flyio.macaroon-token',
    title: 'Fly.io macaroon token (deploy/org token)',
    keywords: ['fm1a_', 'fm1r_', 'fm2_'],
    scope: 'document',
    // `FlyV1 fm2_…,fm2_…`: comma-separated macaroons (permission token + discharge tokens).
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>(?:fm1[ar]|fm2)_[A-Za-z0-9+/=_-]{100,4000}(?:,(?:fm1[ar]|fm2)_[A-Za-z0-9+/=_-]{20,4000}){0,6})(?![A-Za-z0-9+/=_-])/,
    minEntropy: 4.0,
    guide: {
      grants: 'Acts on the Fly.io apps or organisation the macaroon is scoped to: deploy, read machine state, open SSH, until it expires.',
      revoke: '`fly tokens list` then `fly tokens revoke <id>` (deploy tokens: `fly tokens list -a <app>`).',
      url: 'https://fly.io/docs/security/tokens/',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
