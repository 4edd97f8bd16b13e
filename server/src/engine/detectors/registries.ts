/**
 * Package registries and their client configuration files (CREDENTIAL-FORMATS.md §2): npm, PyPI,
 * Docker, RubyGems, NuGet, JFrog, Cloudsmith, crates.io, Clojars, Packagist, Hex, Gradle, Maven.
 * npm's CRC32 tail: GitHub blog "Announcing npm's new access token format" (2021). PyPI macaroon
 * layout: docs.pypi.org/api/secrets and the libmacaroons v2 binary format.
 */
import { base62Crc32Tail, hasValidBase62Crc32Tail } from '../checksum.js';
import { fake, fakeBytes, fakeJwt, toBase64, toBase64Url } from '../fake.js';
import { B62, B64URL, HEX, LOWER_DIGITS, assignment, ci, prefixedToken } from '../patterns.js';
import { isPlaceholder, isTemplated } from '../post-validators/values.js';
import type { Detector, PostValidator } from '../types.js';
import { fakeUuid } from '../fake.js';
import { UUID } from '../patterns.js';
export { fakeUuid };

/**
 * `<provider>…<kind>` in a variable name, case-insensitive: CLOUDSMITH_API_KEY, circleci_api_token,
 * hexpmKey. Lazy and bounded, so that repeated provider names cannot blow up the backtracking.
 */
export function providerName(provider: string, kinds: readonly string[]): string {
  return `${ci(provider)}[A-Za-z0-9_.-]{0,24}?(?:${kinds.map(ci).join('|')})`;
}

function isPrintable(text: string): boolean {
  return text.length > 0 && /^[\x20-\x7e]+$/.test(text);
}

function decodeBase64(value: string): string {
  return Buffer.from(value, 'base64').toString('utf8');
}

/** Base64 that must decode to `user:password` with a real-looking password. */
const isNotBasicAuthPair: PostValidator = (candidate) => {
  const decoded = decodeBase64(candidate.value);
  if (!isPrintable(decoded)) return 'does not decode to text';
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return 'does not decode to user:password';
  const password = decoded.slice(colon + 1);
  return isTemplated({ ...candidate, value: password }) ?? isPlaceholder({ ...candidate, value: password });
};

const isNotPrintableBase64: PostValidator = (candidate) => {
  const decoded = decodeBase64(candidate.value);
  if (!isPrintable(decoded) || decoded.length < 4) return 'does not decode to a password';
  return isTemplated({ ...candidate, value: decoded }) ?? isPlaceholder({ ...candidate, value: decoded });
};

// ---- PyPI macaroons (libmacaroons v2 binary format) -------------------------------------------

function readVarint(bytes: Uint8Array, start: number): [value: number, next: number] | undefined {
  let value = 0;
  for (let i = 0, pos = start; i < 4 && pos < bytes.length; i++, pos++) {
    const byte = bytes[pos]!;
    value |= (byte & 0x7f) << (7 * i);
    if ((byte & 0x80) === 0) return [value, pos + 1];
  }
  return undefined;
}

/** A field: type varint, then (unless end-of-section 0) a length varint and the data. */
function readField(bytes: Uint8Array, start: number): { type: number; length: number; next: number } | undefined {
  const type = readVarint(bytes, start);
  if (!type) return undefined;
  if (type[0] === 0) return { type: 0, length: 0, next: type[1] };
  const length = readVarint(bytes, type[1]);
  if (!length || length[1] + length[0] > bytes.length) return undefined;
  return { type: type[0], length: length[0], next: length[1] + length[0] };
}

/** version 2 · [location] identifier EOS · (caveat fields EOS)* EOS · signature (32 bytes). */
export function isMacaroonV2(bytes: Uint8Array): boolean {
  if (bytes[0] !== 2) return false;
  let field = readField(bytes, 1);
  if (field?.type === 1) field = readField(bytes, field.next);
  if (field?.type !== 2) return false;
  field = readField(bytes, field.next);
  if (field?.type !== 0) return false;
  let pos = field.next;
  for (let caveats = 0; caveats < 256; caveats++) {
    field = readField(bytes, pos);
    if (!field) return false;
    pos = field.next;
    if (field.type === 0) break; // end of the caveat list
    while (field.type !== 0) {
      if (field.type !== 1 && field.type !== 2 && field.type !== 4) return false;
      field = readField(bytes, pos);
      if (!field) return false;
      pos = field.next;
    }
  }
  field = readField(bytes, pos);
  return field?.type === 6 && field.length === 32 && field.next === bytes.length;
}

const isNotMacaroon: PostValidator = ({ value }) => (isMacaroonV2(Buffer.from(value.slice('pypi-'.length), 'base64url')) ? undefined : 'not a PyPI macaroon');

function macaroonField(type: number, data: Uint8Array | string): number[] {
  const bytes = typeof data === 'string' ? [...Buffer.from(data, 'utf8')] : [...data];
  const varint = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...varint(n >>> 7)]);
  return [...varint(type), ...varint(bytes.length), ...bytes];
}

/** A structurally valid PyPI token: location, UUID identifier, one caveat, random signature. */
export function fakePypiToken(location: string, salt = ''): string {
  const bytes = [
    2,
    ...macaroonField(1, location),
    ...macaroonField(2, fakeUuid(`pypi${salt}`)),
    0,
    ...macaroonField(2, `{"version": 1, "permissions": {"projects": ["${fake(LOWER_DIGITS, 8, `proj${salt}`)}"]}}`),
    0,
    0,
    ...macaroonField(6, fakeBytes(32, `pypi-sig${salt}`)),
  ];
  return `pypi-${toBase64Url(Uint8Array.from(bytes))}`;
}

// ---- fakes ---------------------------------------------------------------------------------------

function fakeNpmToken(salt = ''): string {
  const entropy = fake(B62, 30, `npm${salt}`);
  return `npm_${entropy}${base62Crc32Tail(entropy)}`;
}

const basicAuth = (user: string, salt: string) => toBase64(`${user}:${fake(B62, 24, `pw${salt}`)}`);
const badNpmToken = (() => {
  const good = fakeNpmToken('1');
  return `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
})();

const npmStore = 'Reference an environment variable in `.npmrc` (`//registry.npmjs.org/:_authToken=${NPM_TOKEN}`) and keep the value in the CI secret store; prefer granular tokens with an expiry, or trusted publishing from CI.';
const pypiStore = 'Use PyPI trusted publishing from CI (no long-lived token), or keep a project-scoped token in the CI secret store and pass it as `TWINE_PASSWORD`; keyring instead of `.pypirc` locally.';
const dockerStore = 'Use a credential helper (`credsStore` / `credHelpers`: osxkeychain, wincred, pass, ecr-login …) so `config.json` holds no secrets; in CI, log in from a secret variable with `--password-stdin`.';
const repoStore = 'Read repository credentials from environment variables or the user-level config outside the project (`~/.gradle/gradle.properties`, `~/.m2/settings.xml` with encrypted passwords), filled from the CI secret store.';

export const detectors: Detector[] = [
  // ---- npm ----
  {
    id: 'npm.access-token',
    title: 'npm access token',
    kind: 'specific',
    keywords: ['npm_'],
    pattern: prefixedToken('npm_', B62, 36),
    post: [({ value }) => (hasValidBase62Crc32Tail(value) ? undefined : 'CRC32 checksum mismatch')],
    examples: {
      positive: [`//registry.npmjs.org/:_authToken=«${fakeNpmToken('1')}»`, `npmAuthToken: "«${fakeNpmToken('2')}»"`, `NPM_TOKEN=«${fakeNpmToken('3')}»`],
      negative: [`NPM_TOKEN=${badNpmToken}`, 'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    guide: {
      grants: 'Publishes, unpublishes and deprecates packages the account can write to (a supply-chain attack on every user of them), and reads private packages.',
      revoke: 'npmjs.com → avatar → Access Tokens → Delete, or `npm token revoke <id>` (revocation can take up to an hour to propagate); npm also revokes tokens found by GitHub secret scanning.',
      url: 'https://www.npmjs.com/settings/~/tokens',
      store: npmStore,
    },
  },
  {
    id: 'npm.legacy-token',
    title: 'npm legacy access token (UUID)',
    kind: 'specific',
    // Pre-2021 tokens are bare UUIDs: only with an npm token name.
    keywords: ['npm', 'node_auth_token'],
    keywordScope: 'line',
    pattern: assignment([providerName('npm', ['token']), ci('node_auth_token')], UUID),
    examples: {
      positive: [`NPM_TOKEN=«${fakeUuid('npm1')}»`, `env:\n  NODE_AUTH_TOKEN: «${fakeUuid('npm2')}»`],
      negative: [`NPM_PACKAGE_ID=${fakeUuid('id')}`, 'NPM_TOKEN=00000000-0000-0000-0000-000000000000', 'NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}'],
    },
    guide: {
      grants: 'Publishes and reads packages as the account on registries that still accept legacy tokens (npm removed them in November 2025; private registries and mirrors may not have).',
      revoke: 'npmjs.com → Access Tokens → Delete, or `npm token revoke <id>`; on a private registry, revoke it in that registry\'s user settings.',
      url: 'https://www.npmjs.com/settings/~/tokens',
      store: npmStore,
    },
  },
  {
    id: 'npm.npmrc-auth-token',
    title: 'npm registry auth token in .npmrc / .yarnrc.yml',
    kind: 'specific',
    keywords: ['_authtoken', 'npmauthtoken'],
    keywordScope: 'line',
    // Any registry token (npm legacy, Artifactory, Nexus, GitHub Packages …). A prefixed token in
    // the same place is reported by its provider's detector instead.
    precedence: -1,
    pattern: new RegExp(`(?:${ci('_authToken')}|${ci('npmAuthToken')})["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<secret>(?=(?<_value>[A-Za-z0-9._~+/=-]{16,1200}))\\k<_value>)(?![A-Za-z0-9._~+/=-])`),
    minEntropy: 3.0,
    examples: {
      positive: [
        `//registry.npmjs.org/:_authToken=«${fakeUuid('npmrc')}»`,
        `//npm.pkg.example.com/repository/npm/:_authToken=«NpmToken.${fakeUuid('nexus')}»`,
        `npmRegistries:\n  "https://npm.example.com":\n    npmAuthToken: "«${fake(B64URL, 48, 'yarn')}»"`,
      ],
      negative: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=<your-token>', `_authToken=${fake(B62, 8, 'short')}`],
    },
    guide: {
      grants: 'Publishes and installs packages as the registry user the token belongs to, including private packages.',
      revoke: 'Revoke the token where it was issued: npmjs.com → Access Tokens (or `npm token revoke`), or the private registry\'s user/token settings (Artifactory, Nexus, GitHub Packages).',
      url: 'https://docs.npmjs.com/revoking-access-tokens',
      store: npmStore,
    },
  },
  {
    id: 'npm.npmrc-auth',
    title: 'npm registry basic auth (_auth / npmAuthIdent)',
    kind: 'specific',
    keywords: ['_auth', 'npmauthident'],
    keywordScope: 'line',
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:_auth|${ci('npmAuthIdent')})["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])`),
    post: [isNotBasicAuthPair],
    examples: {
      positive: [
        `//npm.example.com/:_auth=«${basicAuth('ci-publisher', 'npm1')}»`,
        `_auth = "«${basicAuth('jdoe', 'npm2')}»"`,
        `npmAuthIdent: "«${basicAuth('deploy', 'npm3')}»"`,
      ],
      negative: ['_auth=${NPM_AUTH}', `_auth=${toBase64('no-colon-in-here')}`, `_auth=${toBase64('user:<password>')}`],
    },
    guide: {
      grants: 'The registry username and password in Base64 (not encryption): publishes and installs packages as that user, and often signs in to the same account elsewhere.',
      revoke: 'Change the password of that registry account (or revoke the token used as password), then replace `_auth` with a scoped token.',
      url: 'https://docs.npmjs.com/cli/configuring-npm/npmrc',
      store: npmStore,
    },
  },
  {
    id: 'npm.npmrc-password',
    title: 'npm registry password (_password)',
    kind: 'specific',
    keywords: ['_password'],
    keywordScope: 'line',
    // `.npmrc` `_password` holds the Base64 of the password (next to `username=`).
    pattern: /(?<![A-Za-z0-9_])_password["']?[ \t]{0,8}=[ \t]{0,8}["']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    post: [isNotPrintableBase64],
    examples: {
      positive: [`//npm.example.com/:username=ci\n//npm.example.com/:_password=«${toBase64(fake(B62, 20, 'npmpw'))}»`],
      negative: ['//npm.example.com/:_password=${NPM_PASSWORD_B64}', `DB_PASSWORD=${toBase64(fake(B62, 20, 'db'))}`],
    },
    guide: {
      grants: 'The registry password in Base64 (not encryption): publishes and installs packages as that user.',
      revoke: 'Change the password of that registry account, then switch to a scoped token read from the environment.',
      url: 'https://docs.npmjs.com/cli/configuring-npm/npmrc',
      store: npmStore,
    },
  },
  // ---- PyPI ----
  {
    id: 'pypi.api-token',
    title: 'PyPI API token',
    kind: 'specific',
    // The body starts with the macaroon header for location pypi.org; tokens are ≥85 characters.
    keywords: ['pypi-AgEIcHlwaS5vcmc'],
    pattern: prefixedToken('pypi-AgEIcHlwaS5vcmc', B64URL, [64, 2000]),
    post: [isNotMacaroon],
    examples: {
      positive: [
        `TWINE_PASSWORD=«${fakePypiToken('pypi.org', '1')}»`,
        `[pypi]\nusername = __token__\npassword = «${fakePypiToken('pypi.org', '2')}»`,
        `twine upload -u __token__ -p «${fakePypiToken('pypi.org', '3')}» dist/*`,
      ],
      negative: [`TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${fake(B64URL, 120, 'not-a-macaroon')}`, `TWINE_PASSWORD=${fakePypiToken('pypi.org', '4').slice(0, 60)}`],
    },
    guide: {
      grants: 'Uploads new releases of the projects in the token\'s scope (or every project of the account for a user-scoped token): a direct supply-chain attack.',
      revoke: 'pypi.org → Account settings → API tokens → Remove token; PyPI revokes tokens reported by GitHub secret scanning automatically.',
      url: 'https://pypi.org/manage/account/token/',
      store: pypiStore,
    },
  },
  {
    id: 'pypi.test-api-token',
    title: 'TestPyPI API token',
    kind: 'specific',
    keywords: ['pypi-AgENdGVzdC5weXBpLm9yZw'],
    pattern: prefixedToken('pypi-AgENdGVzdC5weXBpLm9yZw', B64URL, [60, 2000]),
    post: [isNotMacaroon],
    examples: {
      positive: [`TEST_PYPI_TOKEN=«${fakePypiToken('test.pypi.org', '1')}»`],
      negative: [`TEST_PYPI_TOKEN=pypi-AgENdGVzdC5weXBpLm9yZw${fake(B64URL, 120, 'bad')}`],
    },
    guide: {
      grants: 'Uploads releases to test.pypi.org for the projects in scope (lower impact than PyPI, but often reused names and habits).',
      revoke: 'test.pypi.org → Account settings → API tokens → Remove token.',
      url: 'https://test.pypi.org/manage/account/token/',
      store: pypiStore,
    },
  },
  {
    id: 'pypi.pypirc-password',
    title: 'PyPI password in .pypirc / TWINE_PASSWORD',
    kind: 'specific',
    keywords: ['[pypi]', '[testpypi]', '[distutils]', 'twine_password'],
    // Broad (any password): a `pypi-` token in the same place is reported by pypi.api-token instead.
    precedence: -1,
    pattern: new RegExp(`(?:^[ \\t]{0,8}password[ \\t]{0,8}[=:][ \\t]{0,8}|${ci('twine_password')}["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?)(?<secret>[^\\s'"]{6,200})(?![^\\s'"])`, 'm'),
    minEntropy: 2.5,
    examples: {
      positive: [`[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = jdoe\npassword = «${fake(B62, 18, 'pypirc')}»`, `TWINE_PASSWORD="«${fake(B62, 16, 'twine')}»"`],
      negative: ['[pypi]\nusername = __token__\npassword = <your-token>', 'TWINE_PASSWORD: ${{ secrets.PYPI_TOKEN }}', `[database]\npassword = ${fake(B62, 18, 'other')}`],
    },
    guide: {
      grants: 'Uploads releases as the account (PyPI itself has refused passwords for uploads since 2023, but the same password may sign in to the account or to another index such as devpi or Artifactory).',
      revoke: 'Change the account password on the index; on PyPI use an API token or trusted publishing instead.',
      url: 'https://pypi.org/manage/account/',
      store: pypiStore,
    },
  },
  // ---- Docker ----
  {
    id: 'docker.hub-pat',
    title: 'Docker Hub access token',
    kind: 'specific',
    // `dckr_oat_` = organisation access tokens, same layout.
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: prefixedToken(['dckr_pat_', 'dckr_oat_'], B64URL, [27, 64]),
    examples: {
      positive: [
        `echo «dckr_pat_${fake(B64URL, 27, 'd1')}» | docker login -u ferro --password-stdin`,
        `DOCKERHUB_TOKEN=«dckr_pat_${fake(B64URL, 27, 'd2')}»`,
        `DOCKER_ORG_TOKEN="«dckr_oat_${fake(B64URL, 32, 'd3')}»"`,
      ],
      negative: ['DOCKERHUB_TOKEN=dckr_pat_124509ugsdjga93', 'DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    guide: {
      grants: 'Pushes and pulls images as the Docker Hub account or organisation, within the token\'s access scope: can replace published images (supply chain) or read private ones.',
      revoke: 'hub.docker.com → Account settings → Personal access tokens → Delete (organisation tokens: Organization settings → Access tokens).',
      url: 'https://app.docker.com/settings/personal-access-tokens',
      store: dockerStore,
    },
  },
  {
    id: 'docker.config-auth',
    title: 'Docker registry credentials in config.json (auths)',
    kind: 'specific',
    keywords: ['auths'],
    // `"auth"` is the Base64 of `user:password` (also in podman/skopeo auth.json and, JSON-escaped,
    // in Kubernetes `.dockerconfigjson`).
    pattern: /\\?"auth\\?"[ \t]{0,8}:[ \t]{0,8}\\?"(?<secret>[A-Za-z0-9+/]{8,2000}={0,2})\\?"/,
    post: [isNotBasicAuthPair],
    examples: {
      positive: [
        { text: `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "«${basicAuth('ferro', 'dc1')}»"\n    }\n  }\n}`, path: '.docker/config.json' },
        `.dockerconfigjson: '{"auths":{"ghcr.io":{"username":"bot","auth":"«${basicAuth('bot', 'dc2')}»"}}}'`,
        `"{\\"auths\\":{\\"registry.example.com\\":{\\"auth\\":\\"«${basicAuth('robot$ci', 'dc3')}»\\"}}}"`,
      ],
      negative: [
        '{"auths": {"https://index.docker.io/v1/": {}}, "credsStore": "desktop"}',
        `{"auths": {"r": {"auth": "${toBase64('onlyusername')}"}}}`,
        `{"auths": {"r": {"auth": "${toBase64('user:${REGISTRY_PASSWORD}')}"}}}`,
      ],
    },
    guide: {
      grants: 'The registry username and password (or token) in Base64, not encrypted: pushes and pulls images as that user on that registry.',
      revoke: 'Change the password or revoke the token at the registry (Docker Hub: Account settings → Personal access tokens; GHCR: GitHub token settings; cloud registries: the service account key), then run `docker logout`.',
      url: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
      store: dockerStore,
    },
  },
  // ---- RubyGems ----
  {
    id: 'rubygems.api-key',
    title: 'RubyGems.org API key',
    kind: 'specific',
    keywords: ['rubygems_'],
    pattern: prefixedToken('rubygems_', HEX, 48),
    // The example key copied across many docs (GitGuardian's detector page).
    post: [({ value }) => (value === 'rubygems_123abc01a15f32b0be0103de4c9b3dcb3f2fea0fa8a84f23' ? 'documented example value' : undefined)],
    examples: {
      positive: [`GEM_HOST_API_KEY=«rubygems_${fake(HEX, 48, 'rg1')}»`, `---\n:rubygems_api_key: «rubygems_${fake(HEX, 48, 'rg2')}»`],
      negative: ['GEM_HOST_API_KEY=rubygems_123abc01a15f32b0be0103de4c9b3dcb3f2fea0fa8a84f23', `GEM_HOST_API_KEY=rubygems_${fake(HEX, 20, 'short')}`],
    },
    guide: {
      grants: 'Pushes new versions of, yanks, and manages owners of the gems the key\'s scopes cover: a supply-chain attack on every user of those gems.',
      revoke: 'rubygems.org → Settings → API keys → Delete; RubyGems also revokes keys reported by GitHub secret scanning.',
      url: 'https://rubygems.org/profile/api_keys',
      store: 'Use trusted publishing from CI, or keep the key in `GEM_HOST_API_KEY` from the CI secret store; never commit `~/.gem/credentials`.',
    },
  },
  {
    id: 'rubygems.legacy-api-key',
    title: 'RubyGems.org API key (legacy, un-prefixed)',
    kind: 'specific',
    keywords: ['rubygems_api_key', 'gem_host_api_key'],
    keywordScope: 'line',
    pattern: assignment([ci('rubygems_api_key'), ci('gem_host_api_key')], `[${HEX.re}]{32}`),
    minEntropy: 3.0,
    examples: {
      positive: [`---\n:rubygems_api_key: «${fake(HEX, 32, 'rgl')}»`, `export GEM_HOST_API_KEY="«${fake(HEX, 32, 'rgl2')}»"`],
      negative: [`:rubygems_api_key: ${'0'.repeat(32)}`, ':rubygems_api_key: <%= ENV["RUBYGEMS_API_KEY"] %>'],
    },
    guide: {
      grants: 'Pushes and yanks gems as the account (legacy keys have every scope).',
      revoke: 'rubygems.org → Settings → API keys → Delete the legacy key and create a scoped one.',
      url: 'https://rubygems.org/profile/api_keys',
      store: 'Keep it in `GEM_HOST_API_KEY` from the CI secret store or use trusted publishing.',
    },
  },
  // ---- NuGet ----
  {
    id: 'nuget.api-key',
    title: 'NuGet.org API key',
    kind: 'specific',
    keywords: ['oy2'],
    pattern: prefixedToken('oy2', LOWER_DIGITS, 43),
    minEntropy: 3.5,
    examples: {
      positive: [`dotnet nuget push pkg.nupkg --api-key «oy2${fake(LOWER_DIGITS, 43, 'ng1')}» --source https://api.nuget.org/v3/index.json`, `NUGET_API_KEY=«oy2${fake(LOWER_DIGITS, 43, 'ng2')}»`],
      negative: [`NUGET_API_KEY=oy2${fake(LOWER_DIGITS, 20, 'short')}`, 'NUGET_API_KEY=oy2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    },
    guide: {
      grants: 'Pushes and unlists packages matching the key\'s glob pattern and scopes on nuget.org.',
      revoke: 'nuget.org → account → API Keys → Delete (or Regenerate).',
      url: 'https://www.nuget.org/account/apikeys',
      store: 'Use NuGet trusted publishing or keep the key in the CI secret store; never commit NuGet.Config with keys.',
    },
  },
  {
    id: 'nuget.config-password',
    title: 'Password in NuGet.Config packageSourceCredentials',
    kind: 'specific',
    keywords: ['cleartextpassword', 'packagesourcecredentials'],
    precedence: -1,
    pattern: new RegExp(`<${ci('add')}[ \\t]{1,8}${ci('key')}[ \\t]{0,8}=[ \\t]{0,8}"(?:${ci('ClearTextPassword')}|${ci('Password')})"[ \\t]{1,8}${ci('value')}[ \\t]{0,8}=[ \\t]{0,8}"(?<secret>[^"<>\\s]{4,2000})"`),
    examples: {
      positive: [
        `<packageSourceCredentials>\n  <Contoso>\n    <add key="Username" value="ci@example.com" />\n    <add key="ClearTextPassword" value="«${fake(B62, 40, 'feed')}»" />\n  </Contoso>\n</packageSourceCredentials>`,
      ],
      negative: ['<add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />', '<add key="ClearTextPassword" value="<your-pat>" />'],
    },
    guide: {
      grants: 'The feed password or PAT (often an Azure DevOps or GitHub token): reads and pushes packages on that feed, and possibly more with the PAT\'s other scopes.',
      revoke: 'Revoke the PAT or change the password at the feed\'s provider (Azure DevOps → User settings → Personal access tokens; GitHub → Settings → Tokens).',
      url: 'https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials',
      store: 'Use `%ENV_VAR%` references in NuGet.Config, or the Azure Artifacts credential provider; keep the value in the CI secret store.',
    },
  },
  // ---- JFrog ----
  {
    id: 'jfrog.api-key',
    title: 'JFrog Artifactory API key',
    kind: 'specific',
    keywords: ['AKCp'],
    pattern: prefixedToken('AKCp', B62, 69),
    examples: {
      positive: [`ARTIFACTORY_API_KEY=«AKCp${fake(B62, 69, 'jf1')}»`, `curl -H "X-JFrog-Art-Api: «AKCp${fake(B62, 69, 'jf2')}»" https://acme.jfrog.io/artifactory/api/repositories`],
      negative: [`ARTIFACTORY_API_KEY=AKCp${fake(B62, 30, 'short')}`],
    },
    guide: {
      grants: 'Acts as the Artifactory user: downloads and deploys artifacts in every repository the user can access.',
      revoke: 'JFrog Platform → Edit profile → API key → Revoke (API keys are deprecated: move to access tokens).',
      url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key',
      store: repoStore,
    },
  },
  {
    id: 'jfrog.reference-token',
    title: 'JFrog reference token',
    kind: 'specific',
    // Base64 of `reftkn:<version>:<expiry>:<random>`; `cmVmdGtu` is the Base64 of `reftkn`.
    keywords: ['cmVmdGtu'],
    pattern: prefixedToken('cmVmdGtu', B62, [56, 72]),
    post: [({ value }) => (/^reftkn:\d{2}:/.test(decodeBase64(value)) ? undefined : 'not a reference token')],
    examples: {
      positive: [
        `JFROG_ACCESS_TOKEN=«${toBase64(`reftkn:01:1893456000:${fake(B62, 27, 'ref1')}`).replace(/=+$/, '')}»`,
        `password = "«${toBase64(`reftkn:01:0000000000:${fake(B62, 27, 'ref2')}`).replace(/=+$/, '')}»"`,
      ],
      negative: [`JFROG_ACCESS_TOKEN=${toBase64(`reftknXX${fake(B62, 40, 'bad')}`).replace(/=+$/, '')}`],
    },
    guide: {
      grants: 'Acts as the user or service the access token was issued to on the JFrog Platform: read and deploy artifacts, and more with admin scopes.',
      revoke: 'JFrog Platform → Administration → User management → Access tokens → Revoke (or revoke your own in Edit profile).',
      url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
      store: repoStore,
    },
  },
  {
    id: 'jfrog.access-token',
    title: 'JFrog access token (JWT)',
    kind: 'specific',
    keywords: ['eyJ'],
    keywordScope: 'line',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,1000}\.(?<_payload>eyJ[A-Za-z0-9_-]{10,4000})\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/,
    // JFrog access tokens carry an issuer/subject `jfrt@…` (Artifactory) or `jfac@…` (Access).
    post: [({ groups }) => (/"(?:sub|iss)"\s*:\s*"jf(?:rt|ac)@/.test(Buffer.from(groups._payload ?? '', 'base64url').toString('utf8')) ? undefined : 'not a JFrog token')],
    examples: {
      positive: [
        `ARTIFACTORY_ACCESS_TOKEN=«${fakeJwt({ ver: '2', sub: `jfac@${fake(LOWER_DIGITS, 26, 'jfac')}/users/ci`, scp: 'applied-permissions/user', aud: '*@*', iss: `jfac@${fake(LOWER_DIGITS, 26, 'jfac')}`, exp: 1893456000, iat: 1700000000 }, 'jf', { alg: 'RS256', typ: 'JWT', kid: fake(B64URL, 43, 'kid') })}»`,
      ],
      negative: [`ID_TOKEN=${fakeJwt({ sub: 'user-123', iss: 'https://accounts.example.com' }, 'other')}`],
    },
    guide: {
      grants: 'Acts as the user or service the token was issued to on the JFrog Platform, with its scopes (artifact read/deploy, admin).',
      revoke: 'JFrog Platform → Administration → User management → Access tokens → Revoke.',
      url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
      store: repoStore,
    },
  },
  // ---- Cloudsmith ----
  {
    id: 'cloudsmith.api-key',
    title: 'Cloudsmith API key',
    kind: 'specific',
    keywords: ['cloudsmith'],
    keywordScope: 'line',
    pattern: assignment([providerName('cloudsmith', ['key', 'token', 'password'])], `[${HEX.re}]{40}`),
    minEntropy: 3.0,
    examples: {
      positive: [`CLOUDSMITH_API_KEY=«${fake(HEX, 40, 'cs1')}»`, `cloudsmith_token: "«${fake(HEX, 40, 'cs2')}»"`],
      negative: [`CLOUDSMITH_REPO_SHA=${fake(HEX, 40, 'sha')}`, `CLOUDSMITH_API_KEY=${fake(HEX, 16, 'short')}`],
    },
    guide: {
      grants: 'Acts as the Cloudsmith user: reads and publishes packages in every repository the user can access.',
      revoke: 'Cloudsmith → User settings → API key → Refresh (invalidates the old key).',
      url: 'https://cloudsmith.io/user/settings/api/',
      store: 'Use OIDC from CI or a service account key in the CI secret store.',
    },
  },
  // ---- crates.io ----
  {
    id: 'crates.api-token',
    title: 'crates.io API token',
    kind: 'specific',
    keywords: ['cio'],
    pattern: prefixedToken('cio', B62, 32),
    // Camel-case identifiers (`cioSomethingControllerFactory…`) share the shape: a random token
    // mixes digits and both cases.
    post: [({ value }) => (/[0-9]/.test(value) && /[A-Z]/.test(value.slice(3)) && /[a-z]/.test(value.slice(3)) ? undefined : 'not random')],
    minEntropy: 3.5,
    examples: {
      positive: [`CARGO_REGISTRY_TOKEN=«cio${fake(B62, 32, 'cio1')}»`, `[registry]\ntoken = "«cio${fake(B62, 32, 'cio2')}»"`],
      negative: [`const cio${'AbstractSingletonProxyFactoryBean'.slice(0, 32)} = 1;`, `CARGO_REGISTRY_TOKEN=cio${fake(B62, 16, 'short')}`],
    },
    guide: {
      grants: 'Publishes new versions, yanks, and manages owners of crates within the token\'s scopes: a supply-chain attack on their users.',
      revoke: 'crates.io → Account settings → API tokens → Revoke; crates.io revokes tokens reported by GitHub secret scanning.',
      url: 'https://crates.io/settings/tokens',
      store: 'Use crates.io trusted publishing from CI, or `CARGO_REGISTRY_TOKEN` from the CI secret store; keep `~/.cargo/credentials.toml` out of repositories.',
    },
  },
  {
    id: 'crates.registry-token',
    title: 'Cargo registry token (credentials.toml / CARGO_REGISTRY_TOKEN)',
    kind: 'specific',
    keywords: ['[registry]', '[registries.', 'cargo_registry_token', 'cargo_registries_'],
    // Legacy crates.io tokens (32 alphanumerics) and alternative-registry tokens carry no prefix.
    precedence: -1,
    pattern: new RegExp(
      `(?:^[ \\t]{0,8}token[ \\t]{0,8}=[ \\t]{0,8}|${ci('cargo_registr')}(?:[yY]|${ci('ies_')}[A-Za-z0-9_]{1,40}?)_${ci('token')}["']?[ \\t]{0,8}[=:][ \\t]{0,8})["']?(?<secret>[A-Za-z0-9_.+/=-]{20,400})(?![A-Za-z0-9_.+/=-])`,
      'm',
    ),
    minEntropy: 3.5,
    examples: {
      positive: [{ text: `[registry]\ntoken = "«${fake(B62, 32, 'cargo1')}»"`, path: '.cargo/credentials.toml' }, `CARGO_REGISTRIES_INTERNAL_TOKEN=«${fake(B64URL, 40, 'cargo2')}»`],
      negative: ['CARGO_REGISTRY_TOKEN=${{ secrets.CRATES_IO_TOKEN }}', `[registry]\ndefault = "crates-io"\n[other]\ntoken_file = "${fake(B62, 32, 'x')}"`],
    },
    guide: {
      grants: 'Publishes and yanks crates as the account on crates.io or the alternative registry the token belongs to.',
      revoke: 'crates.io → Account settings → API tokens → Revoke (alternative registries: their token settings).',
      url: 'https://crates.io/settings/tokens',
      store: 'Use `cargo login` (credential providers / OS keychain) locally and the CI secret store in pipelines.',
    },
  },
  // ---- Clojars, Packagist, Hex ----
  {
    id: 'clojars.deploy-token',
    title: 'Clojars deploy token',
    kind: 'specific',
    keywords: ['CLOJARS_'],
    pattern: prefixedToken('CLOJARS_', LOWER_DIGITS, 60),
    examples: {
      positive: [`CLOJARS_PASSWORD=«CLOJARS_${fake(LOWER_DIGITS, 60, 'clj')}»`, `{:url "https://repo.clojars.org" :password "«CLOJARS_${fake(LOWER_DIGITS, 60, 'clj2')}»"}`],
      negative: [`CLOJARS_PASSWORD=CLOJARS_${fake(LOWER_DIGITS, 20, 'short')}`, 'CLOJARS_USERNAME=jdoe'],
    },
    guide: {
      grants: 'Deploys new versions of the artifacts in the token\'s scope (or every group of the account) to Clojars.',
      revoke: 'clojars.org → Dashboard → Deploy tokens → Disable.',
      url: 'https://clojars.org/tokens',
      store: 'Keep it in `~/.lein/credentials.clj.gpg` or the CI secret store (`CLOJARS_PASSWORD`).',
    },
  },
  {
    id: 'packagist.token',
    title: 'Packagist / Private Packagist token',
    kind: 'specific',
    keywords: ['packagist_'],
    // `packagist_` + 3-letter token type (ort, out, uut, ack …) + `_` + hex (length unverified).
    pattern: /(?<![A-Za-z0-9_])(?<secret>packagist_[a-z]{3}_[0-9a-f]{60,80})(?![A-Za-z0-9])/,
    examples: {
      positive: [
        `COMPOSER_AUTH='{"http-basic": {"repo.packagist.com": {"username": "token", "password": "«packagist_ort_${fake(HEX, 68, 'pk1')}»"}}}'`,
        `PACKAGIST_TOKEN=«packagist_uut_${fake(HEX, 68, 'pk2')}»`,
      ],
      negative: [`PACKAGIST_TOKEN=packagist_ort_${fake(HEX, 20, 'short')}`, 'packagist_url = "https://packagist.org"'],
    },
    guide: {
      grants: 'Reads private packages from the Private Packagist organisation (read tokens) or updates packages and the organisation (update/admin tokens).',
      revoke: 'packagist.com → organisation → Settings → Authentication tokens → Revoke (user tokens: Profile → Tokens).',
      url: 'https://packagist.com/docs/authentication-tokens',
      store: 'Keep it in `COMPOSER_AUTH` from the CI secret store or `composer config --global`; never commit `auth.json`.',
    },
  },
  {
    id: 'hex.api-key',
    title: 'Hex.pm API key',
    kind: 'specific',
    keywords: ['hex_api_key', 'hex_organization_key', 'hexpm'],
    keywordScope: 'line',
    pattern: assignment([ci('hex_api_key'), ci('hex_organization_key'), providerName('hexpm', ['key', 'token'])], `[${HEX.re}]{32}`),
    minEntropy: 3.0,
    examples: {
      positive: [`HEX_API_KEY=«${fake(HEX, 32, 'hex1')}»`, `  HEXPM_TOKEN: "«${fake(HEX, 32, 'hex2')}»"`],
      negative: [`HEX_API_KEY=${fake(HEX, 16, 'short')}`, 'HEX_API_KEY: ${{ secrets.HEX_API_KEY }}'],
    },
    guide: {
      grants: 'Publishes and retires package versions, or reads private packages of the organisation, depending on the key\'s permissions.',
      revoke: 'hex.pm → Dashboard → Keys → Revoke, or `mix hex.user key revoke <name>`.',
      url: 'https://hex.pm/dashboard/keys',
      store: 'Keep it in `HEX_API_KEY` from the CI secret store.',
    },
  },
  // ---- Gradle / Maven ----
  {
    id: 'gradle.plugin-portal-secret',
    title: 'Gradle Plugin Portal publishing secret',
    kind: 'specific',
    keywords: ['gradle.publish.secret', 'gradle_publish_secret'],
    keywordScope: 'line',
    pattern: new RegExp(`${ci('gradle')}[._]${ci('publish')}[._]${ci('secret')}["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<secret>[A-Za-z0-9]{24,64})(?![A-Za-z0-9])`),
    minEntropy: 3.5,
    companions: [{ name: 'key', pattern: new RegExp(`${ci('gradle')}[._]${ci('publish')}[._]${ci('key')}["']?[ \\t]{0,8}[=:][ \\t]{0,8}["']?(?<value>[A-Za-z0-9]{24,64})`), withinLines: 3 }],
    examples: {
      positive: [`gradle.publish.key=${fake(B62, 32, 'gk')}\ngradle.publish.secret=«${fake(B62, 32, 'gs')}»`, `GRADLE_PUBLISH_SECRET: «${fake(B62, 32, 'gs2')}»`],
      negative: [`gradle.publish.key=${fake(B62, 32, 'gk')}`, 'gradle.publish.secret=${GRADLE_PUBLISH_SECRET}'],
    },
    guide: {
      grants: 'Publishes new versions of your plugins to the Gradle Plugin Portal.',
      revoke: 'plugins.gradle.org → your profile → API keys → regenerate (invalidates the old key/secret pair).',
      url: 'https://plugins.gradle.org/',
      store: 'Keep the key and secret in `~/.gradle/gradle.properties` or the CI secret store (`GRADLE_PUBLISH_KEY`/`GRADLE_PUBLISH_SECRET`).',
    },
  },
  {
    id: 'gradle.repository-credentials',
    title: 'Hard-coded repository password in a Gradle credentials block',
    kind: 'specific',
    keywords: ['credentials'],
    precedence: -1,
    // `credentials { username "…"; password "…" }` (Groovy) or `password = "…"` / `.set("…")` (Kotlin).
    pattern: /(?<![A-Za-z0-9_])password(?:[ \t]{0,8}=[ \t]{0,8}|\.set\([ \t]{0,8}|[ \t]{0,8}\([ \t]{0,8}|[ \t]{1,8})["'](?<secret>[^"'\s$]{6,200})["']/,
    post: [({ text, range }) => (/credentials\s*(?:\(\s*\w*\s*\)\s*)?[({]/.test(text.slice(Math.max(0, range[0] - 300), range[0])) ? undefined : 'not inside a credentials block')],
    minEntropy: 2.5,
    examples: {
      positive: [
        `maven {\n    url "https://repo.example.com/releases"\n    credentials {\n        username "deployer"\n        password "«${fake(B62, 20, 'gr1')}»"\n    }\n}`,
        `maven {\n    url = uri("https://repo.example.com/releases")\n    credentials {\n        username = "deployer"\n        password = "«${fake(B62, 24, 'gr2')}»"\n    }\n}`,
      ],
      negative: [
        'credentials {\n    username = System.getenv("REPO_USER")\n    password = System.getenv("REPO_PASSWORD")\n}',
        'credentials {\n    username "deployer"\n    password "$repoPassword"\n}',
        `credentials {\n    username "deployer"\n}\n${'// unrelated configuration line\n'.repeat(12)}def password = "${fake(B62, 20, 'nocred')}"`,
      ],
    },
    guide: {
      grants: 'The repository account\'s password or token: deploys and reads artifacts in the Maven repository (Nexus, Artifactory, GitHub Packages …).',
      revoke: 'Change the password or revoke the token at the repository manager.',
      store: repoStore,
    },
  },
  {
    id: 'maven.settings-password',
    title: 'Password in Maven settings.xml',
    kind: 'specific',
    keywords: ['<server>', '<servers>'],
    precedence: -1,
    pattern: /<password>[ \t]{0,8}(?<secret>[^<>\s]{4,500})[ \t]{0,8}<\/password>/,
    // `{…}` is a value encrypted with the settings-security master password.
    post: [({ value }) => (/^\{[A-Za-z0-9+/=]+\}$/.test(value) ? 'encrypted with the Maven master password' : undefined)],
    examples: {
      positive: [{ text: `<settings>\n  <servers>\n    <server>\n      <id>ossrh</id>\n      <username>deployer</username>\n      <password>«${fake(B62, 20, 'mvn')}»</password>\n    </server>\n  </servers>\n</settings>`, path: '.m2/settings.xml' }],
      negative: [
        '<servers>\n  <server>\n    <id>ossrh</id>\n    <password>${env.OSSRH_PASSWORD}</password>\n  </server>\n</servers>',
        `<servers>\n  <server>\n    <password>{${toBase64(fake(B62, 30, 'enc'))}}</password>\n  </server>\n</servers>`,
      ],
    },
    guide: {
      grants: 'The repository account\'s password or token (Nexus, Artifactory, Maven Central/Sonatype): deploys and reads artifacts.',
      revoke: 'Change the password or regenerate the user token at the repository manager (Sonatype Central: Account → Generate user token).',
      url: 'https://maven.apache.org/guides/mini/guide-encryption.html',
      store: 'Use `${env.VAR}` references, or encrypt passwords with `mvn --encrypt-password` and keep settings.xml in `~/.m2`, not in the project.',
    },
  },
  {
    id: 'maven.repository-password',
    title: 'Maven / Sonatype / Nexus repository password',
    kind: 'specific',
    keywords: ['ossrh', 'sonatype', 'mavencentral', 'maven_central', 'nexus', 'maven'],
    keywordScope: 'line',
    precedence: -1,
    pattern: assignment(
      ['ossrh', 'sonatype', 'mavenCentral', 'maven_central', 'nexus', 'maven'].map((p) => providerName(p, ['password', 'passwd', 'token', 'pass'])),
      '[A-Za-z0-9+/=_.!@#%^&*-]{10,100}',
      { valueEnd: '(?![A-Za-z0-9+/=_.!@#%^&*-])' },
    ),
    minEntropy: 3.0,
    examples: {
      positive: [`ossrhPassword=«${fake(B62, 24, 'ossrh')}»`, `ORG_GRADLE_PROJECT_mavenCentralPassword=«${fake(B64URL, 44, 'central')}»`, `NEXUS_PASSWORD: "«${fake(B62, 16, 'nexus')}»"`],
      negative: ['ossrhPassword=${OSSRH_PASSWORD}', 'NEXUS_PASSWORD=admin123', `NEXUS_USERNAME=${fake(B62, 16, 'user')}`],
    },
    guide: {
      grants: 'Deploys artifacts to the repository (for Maven Central: publishes releases under your namespace) and reads private ones.',
      revoke: 'Regenerate the user token or change the password at the repository manager (Sonatype Central Portal: Account → Generate user token; Nexus: user settings).',
      store: repoStore,
    },
  },
];
