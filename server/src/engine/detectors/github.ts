/**
 * GitHub tokens. Prefixes and the CRC32 tail: GitHub engineering blog, "Behind GitHub's new
 * authentication token formats" (2021); CREDENTIAL-FORMATS.md §2.
 */
import { base62Crc32Tail, hasValidBase62Crc32Tail } from '../checksum.js';
import { fake } from '../fake.js';
import { B62, HEX, assignment, names, prefixedToken } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';

const hasBadChecksum: PostValidator = ({ value }) => (hasValidBase62Crc32Tail(value) ? undefined : 'CRC32 checksum mismatch');

/** A checksummed fake: 30 random base62 characters + their CRC32 tail. */
export function fakeGithubToken(prefix: string, salt = ''): string {
  const entropy = fake(B62, 30, `${prefix}${salt}`);
  return `${prefix}${entropy}${base62Crc32Tail(entropy)}`;
}

const revoke = 'GitHub → Settings → Developer settings → Personal access tokens → Delete; or report it to GitHub, which revokes leaked tokens found in public repositories.';
const store = 'Use `gh auth login` (OS keychain) locally and the CI provider\'s secret store (e.g. GitHub Actions secrets) in pipelines; never commit it.';

function classicToken(id: string, prefix: string, title: string, grants: string, revokeText = revoke): Detector {
  const good = fakeGithubToken(prefix);
  const bad = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
  return {
    id,
    title,
    kind: 'specific',
    keywords: [prefix],
    pattern: prefixedToken(prefix, B62, 36),
    post: [hasBadChecksum],
    examples: {
      positive: [`GITHUB_TOKEN=«${good}»`, `headers = {"Authorization": "token «${fakeGithubToken(prefix, 'b')}»"}`],
      negative: [`GITHUB_TOKEN=${bad}`, `token = "${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`],
    },
    guide: { grants, revoke: revokeText, url: 'https://github.com/settings/tokens', store },
  };
}

export const detectors: Detector[] = [
  classicToken('github.pat-classic', 'ghp_', 'GitHub personal access token (classic)', 'Acts as the user on every repository and organisation the token\'s scopes allow: read and push code, manage issues, packages, workflows.'),
  classicToken('github.oauth-token', 'gho_', 'GitHub OAuth access token', 'Acts as the user who authorised the OAuth app, with the scopes granted to it.', 'GitHub → Settings → Applications → Authorized OAuth Apps → Revoke; the app owner can reset all tokens.'),
  classicToken('github.user-to-server-token', 'ghu_', 'GitHub App user-to-server token', 'Acts as the user through a GitHub App, within the app\'s permissions.', 'GitHub → Settings → Applications → Authorized GitHub Apps → Revoke.'),
  classicToken('github.refresh-token', 'ghr_', 'GitHub App refresh token', 'Mints new user-to-server tokens for a GitHub App until revoked.', 'GitHub → Settings → Applications → Authorized GitHub Apps → Revoke.'),
  {
    id: 'github.app-installation-token',
    title: 'GitHub App installation token',
    kind: 'specific',
    keywords: ['ghs_'],
    // Installation tokens were 36 chars after the prefix with the CRC32 tail; since 2026 they can be
    // longer, so accept ≥36 and check the checksum only on the classic length.
    pattern: prefixedToken('ghs_', B62, [36, 255]),
    post: [({ value }) => (value.length === 40 && !hasValidBase62Crc32Tail(value) ? 'CRC32 checksum mismatch' : undefined)],
    examples: {
      positive: [`git clone https://x-access-token:«${fakeGithubToken('ghs_')}»@github.com/org/repo.git`],
      negative: [`token: ghs_${'0'.repeat(36)}`],
    },
    guide: {
      grants: 'Acts as a GitHub App installation on the repositories it is installed on (expires after one hour, but may still be used until then).',
      revoke: 'Revoke with `DELETE /installation/token` using the token itself, or suspend the installation; rotate the app\'s private key if it leaked too.',
      url: 'https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token',
      store,
    },
  },
  {
    id: 'github.pat-fine-grained',
    title: 'GitHub fine-grained personal access token',
    kind: 'specific',
    keywords: ['github_pat_'],
    pattern: prefixedToken('github_pat_', { re: 'A-Za-z0-9_', chars: '' }, [82, 100]),
    examples: {
      positive: [`export GH_TOKEN=«github_pat_11${fake(B62, 20, 'fg1')}_${fake(B62, 59, 'fg2')}»`],
      negative: ['github_pat_ is the prefix of fine-grained tokens', `github_pat_11${'x'.repeat(20)}_${'x'.repeat(59)}`],
    },
    guide: {
      grants: 'Acts as the user on the repositories and permissions selected when the token was created.',
      revoke,
      url: 'https://github.com/settings/tokens?type=beta',
      store,
    },
  },
  {
    id: 'github.oauth-client-secret',
    title: 'GitHub OAuth app client secret',
    kind: 'specific',
    keywords: ['github', 'gh_'],
    keywordScope: 'line',
    // 40 hex characters assigned to a GitHub-ish client secret name.
    pattern: assignment(names('github', 'gh_').map((n) => `${n}[A-Za-z0-9_.-]{0,20}${names('secret')[0]}`), `[${HEX.re}]{40}`),
    examples: {
      positive: [`GITHUB_CLIENT_SECRET=«${fake(HEX, 40, 'gh-secret')}»`],
      negative: [`GITHUB_CLIENT_ID=${fake(HEX, 20, 'id')}`, `github_sha = "${fake(HEX, 40, 'sha')}"`],
    },
    guide: {
      grants: 'Lets anyone exchange OAuth codes as your app and impersonate it to users who authorised it.',
      revoke: 'GitHub → Settings → Developer settings → OAuth Apps → your app → Generate a new client secret, then delete the old one.',
      url: 'https://github.com/settings/developers',
      store,
    },
  },
];
