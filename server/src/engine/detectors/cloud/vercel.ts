/** Vercel credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  B62,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  lacksMixedClasses,
  requireNearby,
  terraformProviderAttribute,
  token,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'vercel.token',
    title: 'Vercel access token',
    prefix: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    alphabet: B62,
    length: [40, 80],
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: "Calls the Vercel API with the token's scope: deploy, read environment variables (other secrets), change domains.",
      revoke: 'vercel.com → Account Settings → Tokens → Delete the token; create a new one scoped to the team and with an expiry.',
      url: 'https://vercel.com/account/tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'vercel.token-legacy',
    title: 'Vercel access token (legacy, un-prefixed)',
    keywords: ['vercel'],
    scope: 'document',
    // Also the CLI's auth.json (`{"// Note": "This is your Vercel credentials file…", "token": "…"}`).
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}${ci('vercel')}[A-Za-z0-9_.-]{0,30}${ci('token')}[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|(?<_tf>${terraformProviderAttribute('vercel', ['api_token'])}\\s*=\\s*)|(?<_json>"token"\\s*:\\s*))["']?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])`,
      ),
    post: [
      lacksMixedClasses,
      (c) => (c.groups._json !== undefined ? requireNearby(/vercel/i, { lines: 5 }, 'no Vercel context nearby')(c) : undefined),
    ],
    minEntropy: 3.5,
    guide: {
      grants: 'Calls the Vercel API as the user: deploy, read environment variables (other secrets), change domains.',
      revoke: 'vercel.com → Account Settings → Tokens → Delete; `vercel logout` also revokes the CLI token.',
      url: 'https://vercel.com/account/tokens',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
