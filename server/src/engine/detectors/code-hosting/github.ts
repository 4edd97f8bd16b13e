/**
 * GitHub tokens. Prefixes and the CRC32 tail: GitHub engineering blog, "Behind GitHub's new
 * authentication token formats" (2021); CREDENTIAL-FORMATS.md §2.
 */
import {
  B62,
  HEX,
  assignment,
  defineDetector,
  hasValidBase62Crc32Tail,
  names,
  token,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

const hasBadChecksum: PostValidator = ({ value }) => (hasValidBase62Crc32Tail(value) ? undefined : 'CRC32 checksum mismatch');

const revoke =
  'GitHub → Settings → Developer settings → Personal access tokens → Delete; or report it to GitHub, which revokes leaked tokens found in public repositories.';
const store =
  "Use `gh auth login` (OS keychain) locally and the CI provider's secret store (e.g. GitHub Actions secrets) in pipelines; never commit it.";

/** The classic 40-character tokens: prefix + 30 random base62 + their CRC32 tail. */
function classicToken(id: string, prefix: string, title: string, grants: string, revokeText = revoke): Detector {
  return token({
    id,
    title,
    prefix,
    alphabet: B62,
    length: 36,
    scope: 'document',
    post: [hasBadChecksum],
    guide: { grants, revoke: revokeText, url: 'https://github.com/settings/tokens', store },
  });
}

export const detectors: readonly Detector[] = [
  classicToken(
    'github.pat-classic',
    'ghp_',
    'GitHub personal access token (classic)',
    "Acts as the user on every repository and organisation the token's scopes allow: read and push code, manage issues, packages, workflows.",
  ),
  classicToken(
    'github.oauth-token',
    'gho_',
    'GitHub OAuth access token',
    'Acts as the user who authorised the OAuth app, with the scopes granted to it.',
    'GitHub → Settings → Applications → Authorized OAuth Apps → Revoke; the app owner can reset all tokens.',
  ),
  classicToken(
    'github.user-to-server-token',
    'ghu_',
    'GitHub App user-to-server token',
    "Acts as the user through a GitHub App, within the app's permissions.",
    'GitHub → Settings → Applications → Authorized GitHub Apps → Revoke.',
  ),
  classicToken(
    'github.refresh-token',
    'ghr_',
    'GitHub App refresh token',
    'Mints new user-to-server tokens for a GitHub App until revoked.',
    'GitHub → Settings → Applications → Authorized GitHub Apps → Revoke.',
  ),
  token({
    id: 'github.app-installation-token',
    title: 'GitHub App installation token',
    // Installation tokens were 36 chars after the prefix with the CRC32 tail; since 2026 they can be
    // longer, so accept ≥36 and check the checksum only on the classic length.
    prefix: 'ghs_',
    alphabet: B62,
    length: [36, 255],
    scope: 'document',
    post: [({ value }) => (value.length === 40 && !hasValidBase62Crc32Tail(value) ? 'CRC32 checksum mismatch' : undefined)],
    guide: {
      grants:
        'Acts as a GitHub App installation on the repositories it is installed on (expires after one hour, but may still be used until then).',
      revoke:
        "Revoke with `DELETE /installation/token` using the token itself, or suspend the installation; rotate the app's private key if it leaked too.",
      url: 'https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token',
      store,
    },
  }),
  token({
    id: 'github.pat-fine-grained',
    title: 'GitHub fine-grained personal access token',
    prefix: 'github_pat_',
    alphabet: { re: 'A-Za-z0-9_', chars: '' },
    length: [82, 100],
    scope: 'document',
    guide: {
      grants: 'Acts as the user on the repositories and permissions selected when the token was created.',
      revoke,
      url: 'https://github.com/settings/tokens?type=beta',
      store,
    },
  }),
  defineDetector({
    id: 'github.oauth-client-secret',
    title: 'GitHub OAuth app client secret',
    keywords: ['github', 'gh_'],
    // 40 hex characters assigned to a GitHub-ish client secret name.
    pattern: () =>
      assignment(
        names('github', 'gh_').map((n) => `${n}[A-Za-z0-9_.-]{0,20}${names('secret')[0]}`),
        `[${HEX.re}]{40}`,
      ),
    guide: {
      grants: 'Lets anyone exchange OAuth codes as your app and impersonate it to users who authorised it.',
      revoke: 'GitHub → Settings → Developer settings → OAuth Apps → your app → Generate a new client secret, then delete the old one.',
      url: 'https://github.com/settings/developers',
      store,
    },
  }),
];
