/**
 * Cross-cutting credential formats (CREDENTIAL-FORMATS.md §7/§12): HTTP Basic and Bearer
 * `Authorization` headers, credentials in URLs, RFC 8959 `secret-token:` URIs, `.netrc` and
 * `.git-credentials` entries, and passwords on command lines (curl, wget, sshpass, `--password`).
 *
 * These are broad formats: they declare `precedence: -1` so that a provider's own detector (a
 * GitHub token in a URL, a database URI, a Stripe key in a Basic header) wins de-duplication.
 */
import { fake, fakeBytes, toBase64, toBase64Url } from '../fake.js';
import { B62, B64URL, HEX } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { PASSWORD_CHECKS, URI_PASSWORD_CHECKS, isPlaceholderPassword, uriPattern } from './kit/index.js';
import { decodeJwt } from './kit/index.js';

const store = 'Keep credentials out of URLs, scripts and headers in code: read them from the environment or a secret manager at run time, or use the tool\'s credential helper (git credential manager, `curl --netrc-file` outside the repository).';

function guide(grants: string, revoke: string, url?: string): Detector['guide'] {
  return { grants, revoke, ...(url ? { url } : {}), store };
}

/** Factory: reject values shorter than `n` characters. */
function shorterThan(n: number): PostValidator {
  return ({ value }) => (value.length < n ? 'too short' : undefined);
}

/** Pairs written in RFCs and docs: `Aladdin:open sesame` (RFC 7617), `s6BhdRkqt3:gX1fBat3bV` (RFC 6749), `user:password` … */
const SAMPLE_PAIRS = /^(?:aladdin:open sesame|s6BhdRkqt3:gX1fBat3bV|user(?:name)?:pass(?:word)?|admin:admin|admin:password|test:test|foo:bar|demo:demo|guest:guest|root:root|john(?:doe)?:(?:doe|password|secret)|alice:(?:secret|password)|bob:(?:secret|password))$/i;

/** `Authorization: Basic <b64>` must decode to printable `user:password` with a real password. */
const hasNoBasicCredentials: PostValidator = ({ value }) => {
  if (value.length % 4 === 1) return 'not Base64';
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  if (!/^[\x20-\x7e\u00a0-\uffff]+$/.test(decoded) || decoded.includes('\ufffd')) return 'does not decode to text';
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'no user:password inside';
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (SAMPLE_PAIRS.test(decoded)) return 'documented sample pair';
  // An API key used as the user with an empty password (Stripe, Mailgun style) is still a credential.
  const secret = password.length > 0 ? password : user;
  if (secret.length < 3) return 'empty credentials';
  if (isPlaceholderPassword({ value: secret, groups: {}, match: decoded, line: decoded, text: decoded, range: [0, 0] })) return 'placeholder password';
  if (/^[$%{<]|\$\{|\{\{/.test(secret)) return 'template';
  return undefined;
};

/** Opaque bearer tokens: not a JWT (jwt.token reports those), not a word or an identifier. */
const isNotOpaqueToken: PostValidator = ({ value }) => {
  if (decodeJwt(value)) return 'a JWT (jwt.token reports it)';
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return 'environment variable name';
  if (/^[a-z]+(?:[_.-][a-z]+)*$/i.test(value) && !/[0-9]/.test(value)) return 'words, not a token';
  return undefined;
};

/**
 * The `-u` must belong to a curl command: `curl` earlier in the same command, with no command
 * separator (`;`, `|`, `&`, an unescaped line break, or `", "` between string literals) in between.
 */
const isNotInCurlCommand: PostValidator = ({ text, range }) => {
  const before = text.slice(Math.max(0, range[0] - 800), range[0]);
  const at = before.search(/\bcurl(?:\.exe)?\b(?![\s\S]*\bcurl\b)/);
  if (at === -1) return 'not a curl command';
  const between = before.slice(at);
  return /[;|&]|[^\\^`\r]\r?\n|["'][ \t]*,[ \t]*["']/.test(between) ? 'not the same command as curl' : undefined;
};

/** `http://localhost:3000@evil`: a port number is not a password. */
const isPortNumber: PostValidator = ({ value }) => (/^\d{1,5}$/.test(value) ? 'port number' : undefined);

const GIT_CREDENTIALS = /(?:^|[/\\])\.?git-credentials$/i;

export const detectors: Detector[] = [
  {
    id: 'http.basic-auth',
    title: 'HTTP Basic Authorization header',
    kind: 'specific',
    keywords: ['basic'],
    keywordScope: 'line',
    // `Authorization: Basic <Base64 of user:password>` (RFC 7617), also in curl `-H`, HAR captures and code.
    pattern: /(?<![A-Za-z])[Bb]asic[ \t]+(?<secret>[A-Za-z0-9+/]{6,1000}={0,2})(?![A-Za-z0-9+/=_-])/,
    post: [hasNoBasicCredentials],
    precedence: -1,
    examples: {
      positive: [
        `curl -H "Authorization: Basic «${toBase64(`deploy:${fake(B62, 20, 'ba1')}`)}»" https://ci.acme.io/api/json`,
        `{"name": "Authorization", "value": "Basic «${toBase64(`svc-reports:${fake(B62, 16, 'ba2')}`)}»"}`,
        `headers = {"Proxy-Authorization": "Basic «${toBase64(`proxyuser:${fake(B62, 14, 'ba3')}`)}»"}`,
      ],
      negative: [
        'Authorization: Basic dXNlcjpwYXNzd29yZA==',
        'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
        'Authorization: Basic Og==',
        'Use Basic authentication over TLS only.',
        `Authorization: Basic ${toBase64(fakeBytes(24, 'binary'))}`,
        'Authorization: Basic ${BASIC_AUTH}',
      ],
    },
    guide: guide('Logs in to the service as that user with the decoded password (Base64 is an encoding, not encryption).', 'Decode the value to find the account, change its password (or revoke the API key used as the user name), and update the clients.'),
  },
  {
    id: 'http.bearer-token',
    title: 'HTTP Bearer token',
    kind: 'specific',
    keywords: ['bearer', 'authorization'],
    keywordScope: 'line',
    // `Authorization: Bearer <opaque token ≥ 20 chars>` (RFC 6750 b64token) or `Authorization: Token …`;
    // JWTs are jwt.token's.
    pattern:
      /(?:(?<![A-Za-z])[Bb]earer|[Aa]uthorization["'`]?[ \t]*[:=,][ \t]*["'`]?[Tt]oken)[ \t]+(?<secret>[A-Za-z0-9._~+/-]{20,4096}={0,2})(?![A-Za-z0-9._~+/=-])/,
    post: [isNotOpaqueToken],
    minEntropy: 3.5,
    precedence: -1,
    examples: {
      positive: [
        `curl -H "Authorization: Bearer «${fake(B62, 40, 'br1')}»" https://api.acme.io/v2/orders`,
        `axios.get(url, { headers: { Authorization: 'Bearer «${fake(B64URL, 43, 'br2')}»' } })`,
        `Authorization: Token «${fake(HEX, 40, 'br3')}»`,
      ],
      negative: [
        'Authorization: Bearer <token>',
        'Authorization: Bearer ${TOKEN}',
        'Authorization: Bearer $TOKEN',
        'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
        `Authorization: Bearer ${fakeJwtLike()}`,
        'The client sends a bearer token_in_the_authorization_header',
        'Authorization: Bearer abcdefghijklmnopqrstuvwxyz',
      ],
    },
    guide: guide('Calls the API as whoever the token was issued to, with its scopes, until it expires or is revoked.', 'Identify the issuer from the URL or code around it and revoke the token there (API settings → tokens / sessions); rotate the credential that minted it if it is long-lived.'),
  },
  {
    id: 'url.basic-auth',
    title: 'Password in a URL',
    kind: 'specific',
    keywords: ['://'],
    keywordScope: 'line',
    // `scheme://user:password@host` for any scheme (URI userinfo, RFC 3986 §3.2.1); database and
    // provider detectors win de-duplication.
    pattern: uriPattern('[A-Za-z][A-Za-z0-9.-]{1,30}', { driverSuffix: true }),
    post: [...URI_PASSWORD_CHECKS, isPortNumber, shorterThan(4), ({ path }) => (path !== undefined && GIT_CREDENTIALS.test(path) ? 'git.credentials reports it' : undefined)],
    precedence: -1,
    examples: {
      positive: [
        `pip install --index-url https://deploy:«${fake(B62, 20, 'ub1')}»@pypi.acme.io/simple/ internal-lib`,
        `http_proxy=http://proxyuser:«${fake(B62, 14, 'ub2')}»@proxy.corp.acme.io:3128`,
        `git remote add origin https://build-bot:«${fake(B62, 24, 'ub3')}»@git.acme.io/platform/infra.git`,
      ],
      negative: [
        'https://user:pass@example.com/',
        'https://username:password@git.acme.io/repo.git',
        'https://deploy@git.acme.io/repo.git',
        'https://deploy:@git.acme.io/repo.git',
        'https://oauth2:${CI_JOB_TOKEN}@gitlab.com/group/repo.git',
        'http://localhost:8080/path',
        'http://admin:admin@localhost:8080/',
        `https://www.google.com/maps/@51.5,-0.12,15z`,
      ],
    },
    guide: guide('Logs in to that host as the user in the URL (URLs end up in logs, shell history, browser history and proxies).', 'Change the account\'s password or revoke the token used as the password at the host, then use a credential helper or environment variables instead.'),
  },
  {
    id: 'git.credentials',
    title: 'Entry in a .git-credentials file',
    kind: 'specific',
    keywords: ['://'],
    keywordScope: 'line',
    // `git credential-store` writes one `https://user:token@host` URL per line to `~/.git-credentials`.
    paths: GIT_CREDENTIALS,
    pattern: uriPattern('https?|git|ssh', { driverSuffix: false }),
    post: [...URI_PASSWORD_CHECKS],
    precedence: -1,
    examples: {
      positive: [{ text: `https://build-bot:«${fake(B62, 32, 'gc1')}»@git.acme.io\nhttps://ops:«${fake(B62, 20, 'gc2')}»@bitbucket.org`, path: 'home/dev/.git-credentials' }],
      negative: [{ text: 'https://user:password@github.com', path: '.git-credentials' }, { text: `https://build-bot:${fake(B62, 32, 'gc3')}@git.acme.io`, path: 'notes/remotes.txt' }],
    },
    guide: guide('Pushes to and pulls from every repository the stored accounts can reach.', 'Revoke each token / app password listed (GitHub/GitLab/Bitbucket settings → tokens), delete the file, and switch to a credential manager (`git config --global credential.helper manager` / `osxkeychain`).'),
  },
  {
    id: 'rfc8959.secret-token',
    title: 'RFC 8959 secret-token URI',
    kind: 'specific',
    keywords: ['secret-token:'],
    keywordScope: 'line',
    // `secret-token:` + pchar (RFC 8959: the scheme exists only to mark bearer tokens); the whole URI is
    // the token.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>secret-token:(?:[A-Za-z0-9\-._~!$&*+=:@]|%[0-9A-Fa-f]{2}){8,1024})/i,
    post: [({ value }) => (/^secret-token:E92FB7EB-D882-47A4-A265-A0B6135DC842%20foo/i.test(value) ? 'RFC 8959 example' : undefined)],
    minEntropy: 3,
    examples: {
      positive: [`API_TOKEN=«secret-token:${fake(B62, 32, 'rf1')}»`, `"token": "«secret-token:${fake(B64URL, 40, 'rf2')}»"`],
      negative: ['secret-token:E92FB7EB-D882-47A4-A265-A0B6135DC842%20foo', 'The secret-token: URI scheme is defined in RFC 8959.', 'secret-token:${TOKEN}'],
    },
    guide: guide('A bearer token: whoever holds it is authenticated to the issuing service with its scopes.', 'Revoke it at the issuing service (the code or configuration around it names the service) and issue a new one.', 'https://www.rfc-editor.org/rfc/rfc8959'),
  },
  {
    id: 'netrc.credentials',
    title: '.netrc machine credentials',
    kind: 'specific',
    keywords: ['machine'],
    // `machine <host> login <user> password <pw>` (one line or several; ftp(1) / curl / git netrc).
    pattern:
      /(?<![A-Za-z0-9_-])(?:machine[ \t]+(?<host>[^\s"'#]{1,253})|default)(?:\s{1,20}(?:login[ \t]+(?<username>[^\s"']{1,128})|account[ \t]+[^\s"']{1,128}|port[ \t]+\d{1,5})){0,3}\s{1,20}password[ \t]+(?<secret>[^\s"']{1,256})/,
    post: [...PASSWORD_CHECKS, shorterThan(3), ({ groups }) => (groups.username || /\./.test(groups.host ?? '') ? undefined : 'no login and no host name (prose)'), ({ groups }) => (/^(?:anonymous|ftp)$/i.test(groups.username ?? '') ? 'anonymous login' : undefined)],
    precedence: -1,
    examples: {
      positive: [
        { text: `machine api.acme.io\n  login deploy\n  password «${fake(B62, 24, 'nr1')}»\n`, path: 'home/ci/.netrc' },
        `RUN echo "machine git.acme.io login build password «${fake(B62, 24, 'nr2')}»" > /root/.netrc`,
      ],
      negative: ['machine example.com login user password password', 'default login anonymous password user@site', 'machine git.acme.io login build password ${GIT_TOKEN}', 'the machine learning password reset flow'],
    },
    guide: guide('Logs in to the listed hosts (FTP, HTTP APIs, git remotes used by curl, git and pip) as those users.', 'Change each password / revoke each token listed, delete the file from the repository, and keep `~/.netrc` only on the machine (mode 600).'),
  },
  {
    id: 'curl.user-credentials',
    title: 'Credentials in curl -u / --user',
    kind: 'specific',
    keywords: ['curl'],
    // `curl -u user:password` / `--user user:password` / `-U` (proxy) — the command may be continued over lines.
    pattern: /(?<=\s)(?:-u|--user|-U|--proxy-user)(?:[ \t]+|=)?(?<_q>["']?)(?<username>[^\s:"'$-][^\s:"'$]{0,127}):(?<secret>[^\s"']{1,200})/,
    post: [
      isNotInCurlCommand,
      ...PASSWORD_CHECKS,
      shorterThan(3),
    ],
    precedence: -1,
    examples: {
      positive: [`curl -s -u ci-bot:«${fake(B62, 20, 'cu1')}» https://jenkins.acme.io/job/deploy/build`, `curl -X POST \\\n  --user "admin:«${fake(B62, 16, 'cu2')}»" \\\n  https://grafana.acme.io/api/dashboards/db`],
      negative: ['curl -u $USER:$PASS https://api.acme.io', 'curl -u user:password https://api.example.com', 'sort -u data:file', 'curl https://api.acme.io/export | sort -u -k1 field:value', 'curl -u "${API_USER}:${API_PASSWORD}" https://api.acme.io'],
    },
    guide: guide('Logs in to the endpoint as that user; command lines also land in shell history, CI logs and process lists.', 'Change the account\'s password or revoke the API key, and pass credentials with `--netrc-file` or `-u "$USER:$PASS"` from the environment.'),
  },
  {
    id: 'sshpass.password',
    title: 'Password passed to sshpass -p',
    kind: 'specific',
    keywords: ['sshpass'],
    keywordScope: 'line',
    // `sshpass -p <password> ssh …` (sshpass(1): -p takes the password itself; -e / -f do not).
    pattern: /(?<![A-Za-z0-9_-])sshpass[ \t]+(?:-[A-Za-z][ \t]+\S+[ \t]+){0,3}-p[ \t]*(?<_q>["']?)(?<secret>[^\s"'$-][^\s"']{2,127})/,
    post: [...PASSWORD_CHECKS],
    examples: {
      positive: [`sshpass -p '«${fake(B62, 14, 'sp1')}»' ssh -o StrictHostKeyChecking=no deploy@10.0.4.12 'systemctl restart app'`],
      negative: ['sshpass -p "$SSH_PASSWORD" ssh deploy@host', 'sshpass -e ssh deploy@host', 'sshpass -p password ssh user@host'],
    },
    guide: guide('Logs in over SSH to the target host as that user.', 'Change the account\'s password on the host, switch to SSH keys (or a secret injected at run time), and check the host\'s auth logs.'),
  },
  {
    id: 'cli.password-flag',
    title: 'Password in a --password command-line flag',
    kind: 'specific',
    keywords: ['--password', '--passwd', '--http-password', '--ftp-password', '--proxy-password', '--db-password', '--admin-password', '--root-password', '--registry-password', '--client-secret'],
    keywordScope: 'line',
    // `tool --password=<literal>` / `--password <literal>` (wget, docker login, az, helm repo add, …);
    // tool-specific detectors win de-duplication.
    pattern: /(?<![A-Za-z0-9_-])--(?:[a-z]{1,20}-)?(?:password|passwd|client-secret)(?:=|[ \t]+)(?<_q>["']?)(?<secret>[^\s"'`$-][^\s"'`]{2,127})/,
    post: [...PASSWORD_CHECKS, ({ value }) => (/^[a-z]+(?:[-_][a-z]+)*$/.test(value) && value.length < 16 ? 'plain words (likely prose)' : undefined)],
    precedence: -1,
    examples: {
      positive: [
        `wget --user=backup --password=«${fake(B62, 16, 'cp1')}» https://files.acme.io/db.tar.gz`,
        `helm repo add internal https://charts.acme.io --username ci --password «${fake(B62, 20, 'cp2')}»`,
        `az login --service-principal -u ${fake(HEX, 8, 'app')} --password "«${fake(B62, 34, 'cp3')}»" --tenant acme.onmicrosoft.com`,
      ],
      negative: ['docker login --username ci --password-stdin < token.txt', 'helm repo add internal https://charts.acme.io --password "$HELM_PASSWORD"', 'Pass the --password option to override.', 'wget --password=<password> https://files.acme.io'],
    },
    guide: guide('Logs in to the service the command talks to; command lines land in shell history, CI logs and process lists.', 'Change the password / rotate the secret at that service and pass it through an environment variable or `--password-stdin`.'),
  },
];

/** A JWT-shaped bearer value (for the negative example: jwt.token reports it, not http.bearer-token). */
function fakeJwtLike(): string {
  const part = (value: unknown) => toBase64Url(JSON.stringify(value));
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'u-1', iat: 1735689600 })}.${toBase64Url(fakeBytes(32, 'bearer-jwt'))}`;
}
