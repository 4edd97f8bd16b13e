/**
 * npm access tokens and registry credentials in `.npmrc` / `.yarnrc.yml` (CREDENTIAL-FORMATS.md §2).
 * npm's CRC32 tail: GitHub blog "Announcing npm's new access token format" (2021).
 */
import {
  assignment,
  B62,
  ci,
  decodeBase64,
  defineDetector,
  hasValidBase62Crc32Tail,
  isNotBasicAuthPair,
  isPrintable,
  providerKindName,
  token,
  UUID,
  type Detector,
  type PostValidator,
} from '../kit/index.js';
import { isPlaceholder, isTemplated } from '../../post-validators/values.js';

const isNotPrintableBase64: PostValidator = (candidate) => {
  const decoded = decodeBase64(candidate.value);
  if (!isPrintable(decoded) || decoded.length < 4) return 'does not decode to a password';
  return isTemplated({ ...candidate, value: decoded }) ?? isPlaceholder({ ...candidate, value: decoded });
};

const npmStore =
  'Reference an environment variable in `.npmrc` (`//registry.npmjs.org/:_authToken=${NPM_TOKEN}`) and keep the value in the CI secret store; prefer granular tokens with an expiry, or trusted publishing from CI.';

export const detectors: readonly Detector[] = [
  token({
    id: 'npm.access-token',
    title: 'npm access token',
    scope: 'document',
    prefix: 'npm_',
    alphabet: B62,
    length: 36,
    post: [({ value }) => (hasValidBase62Crc32Tail(value) ? undefined : 'CRC32 checksum mismatch')],
    guide: {
      grants:
        'Publishes, unpublishes and deprecates packages the account can write to (a supply-chain attack on every user of them), and reads private packages.',
      revoke:
        'npmjs.com → avatar → Access Tokens → Delete, or `npm token revoke <id>` (revocation can take up to an hour to propagate); npm also revokes tokens found by GitHub secret scanning.',
      url: 'https://www.npmjs.com/settings/~/tokens',
      store: npmStore,
    },
  }),
  defineDetector({
    id: 'npm.legacy-token',
    title: 'npm legacy access token (UUID)',
    // Pre-2021 tokens are bare UUIDs: only with an npm token name.
    keywords: ['npm', 'node_auth_token'],
    pattern: () => assignment([providerKindName([ci('npm')], ['token'], { gap: 24 }), ci('node_auth_token')], UUID),
    guide: {
      grants:
        'Publishes and reads packages as the account on registries that still accept legacy tokens (npm removed them in November 2025; private registries and mirrors may not have).',
      revoke:
        "npmjs.com → Access Tokens → Delete, or `npm token revoke <id>`; on a private registry, revoke it in that registry's user settings.",
      url: 'https://www.npmjs.com/settings/~/tokens',
      store: npmStore,
    },
  }),
  defineDetector({
    id: 'npm.npmrc-auth-token',
    title: 'npm registry auth token in .npmrc / .yarnrc.yml',
    keywords: ['_authtoken', 'npmauthtoken'],
    // Any registry token (npm legacy, Artifactory, Nexus, GitHub Packages …). A prefixed token in
    // the same place is reported by its provider's detector instead.
    precedence: -1,
    pattern: () =>
      new RegExp(
        `(?:${ci('_authToken')}|${ci('npmAuthToken')})["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<secret>(?=(?<_value>[A-Za-z0-9._~+/=-]{16,1200}))\\k<_value>)(?![A-Za-z0-9._~+/=-])`,
      ),
    minEntropy: 3.0,
    guide: {
      grants: 'Publishes and installs packages as the registry user the token belongs to, including private packages.',
      revoke:
        "Revoke the token where it was issued: npmjs.com → Access Tokens (or `npm token revoke`), or the private registry's user/token settings (Artifactory, Nexus, GitHub Packages).",
      url: 'https://docs.npmjs.com/revoking-access-tokens',
      store: npmStore,
    },
  }),
  defineDetector({
    id: 'npm.npmrc-auth',
    title: 'npm registry basic auth (_auth / npmAuthIdent)',
    keywords: ['_auth', 'npmauthident'],
    pattern: () =>
      new RegExp(
        `(?<![A-Za-z0-9])(?:_auth|${ci('npmAuthIdent')})["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])`,
      ),
    post: [isNotBasicAuthPair],
    guide: {
      grants:
        'The registry username and password in Base64 (not encryption): publishes and installs packages as that user, and often signs in to the same account elsewhere.',
      revoke:
        'Change the password of that registry account (or revoke the token used as password), then replace `_auth` with a scoped token.',
      url: 'https://docs.npmjs.com/cli/configuring-npm/npmrc',
      store: npmStore,
    },
  }),
  defineDetector({
    id: 'npm.npmrc-password',
    title: 'npm registry password (_password)',
    keywords: ['_password'],
    // `.npmrc` `_password` holds the Base64 of the password (next to `username=`).
    pattern: /(?<![A-Za-z0-9_])_password["']?[ \t]{0,8}=[ \t]{0,8}["']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    post: [isNotPrintableBase64],
    guide: {
      grants: 'The registry password in Base64 (not encryption): publishes and installs packages as that user.',
      revoke: 'Change the password of that registry account, then switch to a scoped token read from the environment.',
      url: 'https://docs.npmjs.com/cli/configuring-npm/npmrc',
      store: npmStore,
    },
  }),
];
