/**
 * Post-validators shared by provider files. Each returns the reason to reject a candidate, or
 * undefined to keep it, and is named after what it rejects. One definition each: the theme files
 * had three `lacksLetterAndDigit`, two `requireNearby` (one in characters, one in lines) and
 * three "one character class" checks under different names.
 */
import { isPlaceholder, isTemplated } from '../../post-validators/values.js';
import {
  isCredentialWordIdentifier,
  isDecoratedCredentialWord,
  isPlainLowerCaseWord,
  isWholeSequence,
  isWordBuiltPassword,
} from '../../post-validators/defaults.js';
import type { CandidateContext, PostValidator } from '../../types.js';
import { decodeBase64 } from './codecs.js';

/** Random keys mix letters and digits; identifiers and words usually do not. */
export const lacksLetterAndDigit: PostValidator = ({ value }) =>
  /[0-9]/.test(value) && /[A-Za-z]/.test(value) ? undefined : 'no mix of letters and digits';

/** Random base62/base64 secrets of 24+ characters practically always mix lower, upper and digits. */
export const lacksMixedClasses: PostValidator = ({ value }) =>
  /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) ? undefined : 'not mixed-case alphanumeric';

/** Random tokens use at least two of lower case, upper case and digits (`PLATFORMOPSBACKLOG` does not). */
export const hasOneCharacterClass: PostValidator = ({ value }) =>
  Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value)) < 2 ? 'single character class' : undefined;

const bodyOf = (value: string, prefix: string) => value.slice(prefix.length);

/**
 * `hasOneCharacterClass` on the part after `prefix`: the prefix itself often mixes classes (`r8_`,
 * `pplx-`, `rpa_`), so a word-like body after it would otherwise pass (replicate, perplexity, xai …).
 */
export function bodyHasOneCharacterClass(prefix: string): PostValidator {
  return (candidate) => hasOneCharacterClass({ ...candidate, value: bodyOf(candidate.value, prefix) });
}

/** Hex secrets are random: a run of digits only (a number, a date) or letters only is something else. */
export const isNotMixedHex: PostValidator = ({ value }) =>
  /[0-9]/.test(value) && /[a-fA-F]/.test(value) ? undefined : 'hex without both letters and digits';

/** A pure hex value in a base64 slot is a digest or a commit id, not the secret. */
export const isHexOnly: PostValidator = ({ value }) => (/^[0-9a-fA-F]+$/.test(value) ? 'hex only' : undefined);

/** `00000000-0000-…`, `aaaaaaaa`: a run of `length` identical characters (random secrets never have one). */
export function hasRunOf(length: number): PostValidator {
  const run = new RegExp(`(.)\\1{${length - 1},}`);
  return ({ value }) => (run.test(value) ? 'repeated characters' : undefined);
}

/** Rejects well-known values (emulator keys, documentation samples). */
export function rejectValues(values: readonly string[], reason: string): PostValidator {
  const set = new Set(values);
  return ({ value }) => (set.has(value) ? reason : undefined);
}

/** Rejects when the text before the value in the match (the variable name) mentions one of the words: `…PUBLIC_KEY=`. */
export function nameMentions(words: readonly string[], reason = 'public counterpart'): PostValidator {
  const re = new RegExp(words.join('|'), 'i');
  return ({ match, value }) => (re.test(match.slice(0, Math.max(0, match.lastIndexOf(value)))) ? reason : undefined);
}

/** How far around the secret to look: whole lines above and below (the unit of every "nearby"). */
export interface Nearby {
  readonly lines: number;
}

/** Cap of the window on each side, so that one huge line cannot make a validator quadratic. */
const NEARBY_CAP = 8192;

/** The text of the secret's line(s) plus `lines` lines above and below (capped at 8 KiB each side). */
export function nearbyText({ text, range }: Pick<CandidateContext, 'text' | 'range'>, { lines }: Nearby): string {
  // The line walk runs inside the ±8 KiB clamp: unbounded walks per candidate were quadratic on one
  // long line of candidates (issue 10).
  const base = Math.max(0, range[0] - NEARBY_CAP);
  const near = text.slice(base, Math.min(text.length, range[1] + NEARBY_CAP));
  let from = range[0] - base;
  for (let i = 0; i <= lines && from > 0; i++) from = near.lastIndexOf('\n', from - 2) + 1;
  let to = range[1] - base;
  for (let i = 0; i <= lines && to < near.length; i++) {
    const next = near.indexOf('\n', to + 1);
    to = next === -1 ? near.length : next;
  }
  return near.slice(from, to);
}

/** Keeps the candidate only when `context` occurs within `near.lines` lines of it. */
export function requireNearby(context: RegExp, near: Nearby, reason: string): PostValidator {
  return (candidate) => (context.test(nearbyText(candidate, near)) ? undefined : reason);
}

/** Rejects the candidate when `context` occurs within `near.lines` lines of it. */
export function rejectNearby(context: RegExp, near: Nearby, reason: string): PostValidator {
  return (candidate) => (context.test(nearbyText(candidate, near)) ? reason : undefined);
}

/** Keeps the candidate only in files whose path (with `/` separators) matches. */
export function requirePath(pattern: RegExp, reason: string): PostValidator {
  return ({ path }) => (path !== undefined && pattern.test(path.replace(/\\/g, '/')) ? undefined : reason);
}

/** Non-empty printable ASCII: what a decoded password or `user:password` pair must be. */
export function isPrintable(text: string): boolean {
  return text.length > 0 && /^[\x20-\x7e]+$/.test(text);
}

/**
 * Base64 that must decode to `user:password` with a real-looking password (npm `_auth`, Docker
 * `config.json` `auth`): rejects binary, a missing user or password, and templated or placeholder passwords.
 */
export const isNotBasicAuthPair: PostValidator = (candidate) => {
  const decoded = decodeBase64(candidate.value);
  if (!isPrintable(decoded)) return 'does not decode to text';
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return 'does not decode to user:password';
  const password = decoded.slice(colon + 1);
  return isTemplated({ ...candidate, value: password }) ?? isPlaceholder({ ...candidate, value: password });
};

// --- Passwords and connection strings (moved from database.ts, bodies unchanged) ---------------------
// Shared by the database, smtp, http, keys (android, java) and framework providers.

/**
 * Words written where a password goes in docs and templates, compared after lower-casing and
 * dropping punctuation (`<password>`, `your_password`, `P@ssw0rd` …) — plus the sample passwords of
 * the official Docker images' READMEs and Microsoft's SQL Server container docs.
 */
const PLACEHOLDER_PASSWORDS = new Set([
  'pass',
  'password',
  'passwd',
  'passw0rd',
  'pssword',
  'pwd',
  'pw',
  'secret',
  'secrets',
  'token',
  'apikey',
  'key',
  'accesstoken',
  'mypassword',
  'mypass',
  'mysecret',
  'yourpassword',
  'yourpass',
  'userpassword',
  'dbpassword',
  'dbpass',
  'databasepassword',
  'adminpassword',
  'rootpassword',
  'newpassword',
  'oldpassword',
  'examplepassword',
  'somepassword',
  'strongpassword',
  'supersecret',
  'supersecretpassword',
  'secretpassword',
  'passwordhere',
  'enterpassword',
  'yourpasswordhere',
  'pa55word',
  'pa55w0rd',
  'mysecretpassword',
  'mysecretpw',
  'examplepass',
  'yourstrongpassword',
  'yourstrongpassw0rd',
  'yourpassword123',
  'password123',
  'password1',
  'password12',
  'password1234',
  'changeit',
  'changeme',
  'letmein',
  'qwerty',
  'abc123',
  'test',
  'testing',
  'testpassword',
  'testpass',
  'foo',
  'bar',
  'foobar',
  'baz',
  'null',
  'none',
  'nil',
  'undefined',
  'empty',
  'string',
  'required',
  'optional',
  'true',
  'false',
  'value',
  'xxx',
  'xxxx',
  'user',
  'username',
  'login',
  'tiger',
  'scott',
]);

function normalisePassword(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // keep the raw value
  }
  // Leetspeak folds onto the plain word: `P@ssw0rd`, `S3cr3t`, `pa$word`.
  return decoded
    .toLowerCase()
    .replace(/@/g, 'a')
    .replace(/\$/g, 's')
    .replace(/[^a-z0-9]/g, '')
    .replace(/0/g, 'o')
    .replace(/1/g, 'i')
    .replace(/3/g, 'e')
    .replace(/4/g, 'a')
    .replace(/5/g, 's');
}

const NORMALISED_PLACEHOLDERS = new Set([...PLACEHOLDER_PASSWORDS].map(normalisePassword));

/** `password`, `<password>`, `P@ssw0rd`, `your_password`, `mysecretpassword` (Docker docs) … */
export const isPlaceholderPassword: PostValidator = ({ value }) => {
  if (/%3C|%7B/i.test(value)) return 'placeholder (encoded <…> or {…})';
  if (/^[*#.•_-]+$/.test(value)) return 'masked value';
  // Descriptions of the value: `your-mail-password`, `my_db_pass`, `the-api-secret`.
  if (
    /^(?:your|my|the|some|a|enter|insert|new)[-_ .]?(?:[a-z]{1,12}[-_ .]?){0,3}(?:password|passwd|pass|pwd|secret|token|key)$/i.test(value)
  )
    return 'placeholder description';
  return NORMALISED_PLACEHOLDERS.has(normalisePassword(value)) ? 'placeholder password' : undefined;
};

/** `%s`, `%(password)s`, `{0}`, `{}`, `%v`: format strings filled at run time. */
export const isFormatString: PostValidator = ({ value }) =>
  // `%d` followed by a hex digit is percent-encoding (`%de`), not a format verb.
  /%[svq]|%d(?![0-9A-Fa-f])|%\([A-Za-z_]+\)[sd]|\{\d*\}|\{[A-Za-z_][A-Za-z0-9_.]*\}/.test(value) ? 'format string' : undefined;

/** `DB_PASSWORD`, `POSTGRES_PASS`: the name of an environment variable, not its value. */
export const isEnvVarName: PostValidator = ({ value }) =>
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) ? 'environment variable name' : undefined;

/** Password hashes are not plaintext credentials (bcrypt, crypt, argon2, Django, LDAP schemes). */
export const isPasswordHash: PostValidator = ({ value }) =>
  /^\$(?:2[abxy]?|1|5|6|apr1|argon2(?:id|i|d)|y|gy|7|sha1|md5|pbkdf2[^$]*)\$|^\{(?:S?SHA(?:256|512)?|CRYPT|MD5|SMD5|PBKDF2[^}]*|ARGON2|BCRYPT)\}|^(?:pbkdf2_sha256|pbkdf2_sha1|argon2|bcrypt_sha256|bcrypt|sha1|md5|scrypt)\$/i.test(
    value,
  )
    ? 'password hash'
    : undefined;

/**
 * Secret-manager and vault references stand for the secret without being it (`op://vault/item`,
 * `vault:secret/data/db#password`, `arn:aws:secretsmanager:…`, `ENC(…)` from Jasypt, `!vault`).
 */
export const isSecretReference: PostValidator = ({ value }) =>
  /^(?:op|sm|gcpsm|awssm|azkv|akv|vault|secret|secrets|ssm|keyvault|bws|doppler|infisical|ref\+[a-z]+|k8s|env|file):|^arn:aws[a-z-]*:(?:secretsmanager|ssm):|^projects\/[^/]+\/secrets\/|^ENC\(|^!vault|^@Microsoft\.KeyVault/.test(
    value,
  )
    ? 'secret manager reference'
    : undefined;

const CODE_FILE =
  /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|groovy|gradle|cs|php|swift|rs|c|cc|cpp|h|hpp|dart|ex|exs|lua|pl|r|jl|vue|svelte)$/i;

/**
 * For values assigned without quotes: a call, an index, a dotted path, or (in source code) a bare
 * identifier is an expression that reads the secret from elsewhere, not the secret.
 */
export const isUnquotedExpression: PostValidator = ({ value, groups, path }) => {
  if (groups._q || groups._q2) return undefined;
  if (/[()[\]{}]/.test(value)) return 'code expression';
  if (/^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/.test(value)) return 'variable reference';
  if (path && CODE_FILE.test(path) && /^[A-Za-z_$][\w$]*$/.test(value)) return 'variable reference';
  if (/^(?:null|none|nil|undefined|true|false|yes|no|on|off|empty|required|optional|string|str|password|secret)$/i.test(value))
    return 'keyword';
  return undefined;
};

/** `<password>value</password>` only: a `<db_password>` placeholder followed by text is not an element. */
export const isNotXmlElement: PostValidator = ({ groups, match, text, range }) => {
  if (!groups._x) return undefined;
  const start = range[1] - match.length;
  return text[start - 1] === '<' && text.startsWith('</', range[1]) ? undefined : 'not an XML element';
};

/** The checks every free-form password value gets (templates and generic placeholders are common). */
export const PASSWORD_CHECKS: readonly PostValidator[] = [
  isPlaceholderPassword,
  isFormatString,
  isEnvVarName,
  isPasswordHash,
  isSecretReference,
  isUnquotedExpression,
  isNotXmlElement,
  isWordBuiltPassword,
  isCredentialWordIdentifier,
  isDecoratedCredentialWord,
  isWholeSequence,
  isPlainLowerCaseWord,
];

/** Hosts that only exist on a developer machine or inside a Compose network. */
export function isLocalHost(host: string | undefined): boolean {
  if (!host) return true;
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
    h === '0.0.0.0' ||
    h === '::1' ||
    h === 'host.docker.internal' ||
    h === 'host.containers.internal' ||
    // a dot-less name is a Compose / Kubernetes service (`db`, `postgres`, `redis`)
    /^[a-z0-9_-]+$/.test(h)
  );
}

/** Documentation hosts: `example.com` and friends (RFC 2606), `your-host`, `hostname`. */
export function isExampleHost(host: string | undefined): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return /(?:^|\.)example(?:\.(?:com|org|net))?$|(?:^|\.)(?:test|invalid)$|(?:^|\.)(?:company|yourcompany|mycompany|yourdomain|mydomain|domain|foo|bar|sample|website)\.(?:com|org|net)$|^(?:your|my)[-_.]?(?:db|database|server|host|domain|cluster)|^(?:hostname|host|server|domain|dbhost|db-host|db_host)$/.test(
    h,
  );
}

/**
 * `postgres://fleet:fleet@localhost`: the same trivial word as user and password, on a local or
 * Compose host, is a development default — not a leak (brief; CREDENTIAL-FORMATS.md look-alikes).
 */
export const isLocalDevDefault: PostValidator = ({ value, groups }) => {
  const user = groups.username;
  if (!user || user.toLowerCase() !== value.toLowerCase() || !/^[A-Za-z0-9_.-]{1,32}$/.test(value)) return undefined;
  return isLocalHost(groups.host) ? 'local development default (user = password on a local host)' : undefined;
};

/**
 * Factory for strings whose user / host are not named groups (JDBC params, libpq conninfo): the
 * same local-development rule as `isLocalDevDefault`, with the user and host read from the match.
 */
export function sameWordOnLocalHost(user: RegExp, host?: RegExp): PostValidator {
  return ({ value, match, line }) => {
    const u = user.exec(match)?.[1] ?? user.exec(line)?.[1];
    if (!u || u.toLowerCase() !== value.toLowerCase()) return undefined;
    const h = host ? (host.exec(match)?.[1] ?? host.exec(line)?.[1]) : /\/\/\[?([A-Za-z0-9_.:-]+?)\]?(?::\d+)?[/;?]/.exec(match)?.[1];
    return isLocalHost(h) ? 'local development default (user = password on a local host)' : undefined;
  };
}

/** Passwords of example hosts (`user:s3cret@example.com`) are documentation. */
export const isOnExampleHost: PostValidator = ({ groups }) => (isExampleHost(groups.host) ? 'documentation host' : undefined);

/** Usernames that are themselves placeholders (`user:pass@`, `username:password@`). */
const isPlaceholderUser: PostValidator = ({ groups }) =>
  groups.username && /^(?:<[^>]*>|\{[^}]*\}|\$\{?[A-Za-z_]+\}?|%[A-Z_]+%|user:|USER|USERNAME)$/.test(groups.username)
    ? 'placeholder user'
    : undefined;

/**
 * `ftp://anonymous:guest@…`: anonymous logins carry an e-mail or `guest` by convention; CVS
 * `:pserver:anoncvs@host` (empty user, `:` in the "password") is a connection method, not a secret.
 */
const isAnonymousLogin: PostValidator = ({ value, groups }) =>
  /^(?:anonymous|ftp)$/i.test(groups.username ?? '')
    ? 'anonymous login'
    : !groups.username && /^(?:pserver|ext|server|gserver|kserver|sspi):/.test(value)
      ? 'CVS connection method'
      : undefined;

/** The URI checks: placeholders, templates, dev defaults, documentation hosts. */
export const URI_PASSWORD_CHECKS: readonly PostValidator[] = [
  isPlaceholderPassword,
  isFormatString,
  isEnvVarName,
  isSecretReference,
  isLocalDevDefault,
  isOnExampleHost,
  isPlaceholderUser,
  isAnonymousLogin,
  isWordBuiltPassword,
  isDecoratedCredentialWord,
  isWholeSequence,
  isPlainLowerCaseWord,
];

/** Names ending in these are about the password, not the password (`DB_PASSWORD_FILE=/run/…`). */
const NAME_NOT_VALUE =
  /[_.-](?:file|path|env|var|name|key|ref|id|hash|salt|policy|length|len|min|max|regex|pattern|field|param|prompt|label|hint|rotation|expiry|expires|secret_name|arn)$/i;
export const isAboutThePassword: PostValidator = ({ groups }) =>
  groups.name && NAME_NOT_VALUE.test(groups.name) ? 'the name describes the password, not the value' : undefined;

/** Well-known defaults of database images and services: weak-default configs, not leaks (§ known values). */
const DEFAULT_DB_PASSWORDS =
  /^(?:postgres|postgresql|root|mysql|mariadb|mongo|mongodb|neo4j|guest|sa|oracle|redis|elastic|couchbase|cassandra|clickhouse|minioadmin|changeme|changeit|example|secret|password|dev|development|local|docker|test)$/i;
export const isDefaultDbPassword: PostValidator = ({ value }) =>
  DEFAULT_DB_PASSWORDS.test(value) ? 'well-known default password' : undefined;

/** Java / Android keystore defaults: `changeit` (JDK cacerts), `android` (debug keystore). */
export const isKeystoreDefault: PostValidator = ({ value }) =>
  /^(?:changeit|android|password|changeme|secret|storepass|keypass|123456|000000)$/i.test(value)
    ? 'well-known keystore default'
    : undefined;

/** Factory: rejects values shorter than `n` characters (a password of one or two characters is a placeholder or a typo). */
export function shorterThan(n: number): PostValidator {
  return ({ value }) => (value.length < n ? 'too short' : undefined);
}

// --- Framework and application secrets (moved from framework.ts, bodies unchanged) ------------------
// Shared by the framework/ providers (django, rails, express …) and keys/jwt.ts.

/** Framework defaults and README samples (CREDENTIAL-FORMATS.md, known values). */
const DOCUMENTED_SECRETS =
  /^(?:keyboard cat|ThisTokenIsNotSoSecretChangeIt|ThisIsNotSoSecretChangeIt|your-256-bit-secret|your-secret-key|your_secret_key|secret[-_ ]?key|supersecret|super[-_ ]?secret(?:[-_ ]?key)?|shhhhh+(?:ared-secret)?|s3cr3t|mysecret(?:key)?|my[-_ ]?secret(?:[-_ ]?key)?|some[-_ ]?secret|development[-_ ]?secret|dev[-_ ]?secret|test[-_ ]?secret|secret|changeme|change[-_ ]?this|tobemodified\d*|toBeModified\d*|put your unique phrase here|SomeRandomString|random[-_ ]?string|insecure[-_ ]?key|default[-_ ]?secret)$/i;
export const isDocumentedSecret: PostValidator = ({ value }) =>
  DOCUMENTED_SECRETS.test(value) ? 'framework default / documented sample' : undefined;

/** Strapi's generated `.env` uses `tobemodified` values; treat any list of them as a placeholder. */
export const isToBeModified: PostValidator = ({ value }) => (/tobemodified/i.test(value) ? 'Strapi placeholder' : undefined);

/** `JWT_SECRET_FILE=/run/…`, `SECRET_KEY_NAME=…`: names that describe the secret rather than hold it. */
export const isAboutTheSecret: PostValidator = ({ groups }) =>
  groups.name &&
  /[_.-](?:file|path|env|var|name|ref|id|length|len|algorithm|alg|expiry|expires(?:_in)?|ttl|header|location|url|uri)$/i.test(groups.name)
    ? 'the name describes the secret, not the value'
    : undefined;

/** The checks every framework / application secret value gets: `PASSWORD_CHECKS` plus framework defaults and Strapi placeholders. */
export const SECRET_CHECKS: readonly PostValidator[] = [...PASSWORD_CHECKS, isDocumentedSecret, isToBeModified, isAboutTheSecret];
