/**
 * Filters for the generic detectors (`secret = <high entropy>`, `password = …`). Generic
 * detectors have the lowest precision, so they get the strongest post-validation (ENGINE.md step 3):
 * placeholders, templates, environment and secret-manager references, expressions in code, hashes,
 * lockfile integrity fields, i18n prose and field names.
 */
import { characterClassCount, shannonEntropy } from '../entropy.js';
import type { PostValidator } from '../types.js';
import {
  isDocumentedExample,
  isFirebaseWebConfig,
  isPathLike,
  isShellErrorMessage,
  isPlaceholder,
  isRepetitive,
  isSequential,
  isTemplated,
} from './values.js';
import { isCredentialWordIdentifier, isDecoratedCredentialWord, isWholeSequence, isWordBuiltPassword } from './defaults.js';

/** File extensions whose unquoted right-hand sides are expressions, not literal values. */
const CODE_EXTENSIONS =
  /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|groovy|gradle|cs|fs|vb|swift|m|mm|c|cc|cpp|cxx|h|hpp|rs|php|dart|ex|exs|erl|hs|clj|lua|pl|pm|r|jl|sol|vue|svelte|astro)$/i;

export function isCodePath(path: string | undefined): boolean {
  return path !== undefined && CODE_EXTENSIONS.test(path);
}

/**
 * Words that, after the secret word, say the name is about something else: a URL, a length,
 * a form field, an identifier, the host (`PASSWORD_RESET_URL`, `api_key_header`, `authDomain`).
 * Before the secret word they are fine (`EMAIL_HOST_PASSWORD`, `USER_PASSWORD`).
 * Names are split into words (snake, kebab, dotted, camelCase) so that `ADMIN_PASSWORD` is not
 * caught by `min` nor `PLATFORM_TOKEN` by `form`.
 */
const NON_SECRET_SUFFIX_WORDS = new Set(
  (
    'url urls uri uris endpoint endpoints path paths file files filename dir directory folder field fields label labels prompt hint len length ' +
    'policy policies regex regexp pattern reset forgot expiry expires expiration expire changed updated created at count attempts rule rules validator validation valid ' +
    'input placeholder message messages msg error errors title text description desc help header headers type types mode strength enabled enable required visible ' +
    'show hide toggle icon class style format name names id ids uuid guid ref arn kid version salt rounds cost algorithm alg scheme method env var vars variable ' +
    'variables param params parameter parameters schema table column index template view page route screen dialog modal form button feature permission permissions ' +
    'scope scopes audience issuer lifetime ttl timeout interval duration size limit quota usage number num domain host hostname server realm port location ' +
    'provider strategy source sources ref refs arn rotation rotated last prefix suffix separator length'
  ).split(' '),
);

/** Words that rule a name out wherever they stand (`PUBLIC_KEY`, `password_hash`, `max_tokens`, `csrf_token`). */
const NON_SECRET_WORDS = new Set(
  (
    'public publishable pub pk hash hashed hashes digest checksum sha sha1 sha256 sha512 md5 min max minimum maximum bypass compass passenger passengers ' +
    'passport passive passthrough passed passes passing tokenizer tokens tokenize tokenized keyboard keycode keymap keyframe keyframes keyword keywords keystroke ' +
    'hotkey monkey turkey donkey jockey keyspace keychain keyring csrf xsrf captcha nonce idempotency sort partition foreign primary cache lookup mapping encoded ' +
    'placeholder example sample dummy fake mock'
  ).split(' '),
);

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** Right-hand sides that read the secret from somewhere else — the recommended practice. */
const REFERENCE =
  /^(?:process\.env|import\.meta\.env|os\.(?:environ|getenv)|getenv|env\(|ENV\[|System\.getenv|Environment\.|std::env|env::var|\$ENV|\$_ENV|\$_SERVER|Deno\.env|config\(|settings\.|secrets?\.|vault:|ref\+|arn:aws:|projects\/[^/]+\/secrets|sm:\/\/|op:\/\/|awssm|aws-sm|azurekv|keyvault|!vault|!secret|\$__file|file:|@Microsoft\.KeyVault|\{\{|\$\{|%\(|#\{)/i;

/**
 * Factory: the name must hold a secret word (`isSecretWord(word, index, words)`), and no word that
 * makes it name something else — anywhere, or after the last secret word.
 */
export function hasSecretName(isSecretWord: (word: string, index: number, words: readonly string[]) => boolean): PostValidator {
  return ({ groups }) => {
    const name = groups.name ?? '';
    // Identifiers do not start with a digit: `1Password`, `2FA token` are prose.
    if (/^[0-9]/.test(name)) return `"${name}" is not an identifier`;
    const words = nameWords(name);
    let last = -1;
    words.forEach((word, index) => {
      if (isSecretWord(word, index, words)) last = index;
    });
    if (last === -1) return `name "${name}" has no secret word`;
    const anywhere = words.find((w) => NON_SECRET_WORDS.has(w));
    if (anywhere) return `name "${name}" names a ${anywhere}, not a secret`;
    const after = words.slice(last + 1).find((w) => NON_SECRET_SUFFIX_WORDS.has(w));
    return after ? `name "${name}" names a ${after}, not a secret` : undefined;
  };
}

/** Encrypted values are safe to commit: EJSON, SOPS, Jasypt, Spring Cloud Config, Ansible Vault, Fernet. */
export const isEncryptedValue: PostValidator = ({ value }) =>
  /^(?:EJ\[\d|ENC\[|ENC\(|\{cipher\}|\$ANSIBLE_VAULT|!vault|vault:v\d|AQICAH|enc:|encrypted:|gAAAAA)/.test(value)
    ? 'encrypted value'
    : undefined;

/**
 * `MINIO_ROOT_PASSWORD: minioadmin`, `POSTGRES_PASSWORD=postgres`, `somewordpress` in `wordpress/`:
 * a default spelled from the name's own words, the path's words and filler words (defaults.ts).
 */
export const isNameDerivedDefault: PostValidator = isWordBuiltPassword;

export const isReference: PostValidator = ({ value }) =>
  REFERENCE.test(value) ? 'reference to the environment or a secret manager' : undefined;

/** Unquoted right-hand sides in code are expressions (`password = getPassword()`, `token = self.token`). */
function quoted(groups: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(groups._quote) || Boolean(groups._quote2);
}

export const isCodeExpression: PostValidator = ({ groups, path, value }) => {
  if (quoted(groups)) return undefined;
  if (isCodePath(path)) return 'unquoted expression in code';
  // Identifiers and member accesses look like variables anywhere: `password: user.password`, `token: $token`.
  if (/^(?:!|\$?\.)?[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)+$/.test(value)) return 'variable reference';
  if (
    /^(?:true|false|null|nil|none|undefined|yes|no|on|off|required|optional|string|str|int|number|boolean|bool|bytes|object|any|secret|password|token|empty|default|\*+|-+|~)$/i.test(
      value,
    )
  )
    return 'keyword, not a value';
  if (/[()[\]{}]/.test(value)) return 'expression';
  // `s/^system.secret-key:.*$/…/`: a regular expression or sed script around a secret word.
  if (/\.[*+]|^\^|\$\/|\\[dswbDSW]/.test(value)) return 'regular expression';
  return undefined;
};

/** A quoted value must be closed by the same quote (else we matched into code or prose). */
export const isUnclosedQuote: PostValidator = ({ groups, text, range, value }) => {
  const quote = groups._quote || groups._quote2;
  if (!quote) return undefined;
  // An escaped quote (`\"access_token\":\"…\"`) is closed by the same escape and quote.
  if (groups._esc) return text.startsWith(groups._esc + quote, range[1]) && !value.endsWith('\\') ? undefined : 'escaped quote not closed';
  return text[range[1]] === quote ? undefined : 'quote not closed';
};

/**
 * Dotted paths as values: module paths, config keys, Helm values (`aggregator.utils.push_credentials`,
 * `.Values.grafana.sidecar.enabled`, `action_dispatch.secret_key_base`). Segments are words, so
 * JWTs (`eyJ…` with digits inside their segments) never qualify.
 */
export const isDottedIdentifier: PostValidator = ({ value }) => {
  const segments = value.replace(/^\$?\./, '').split('.');
  const needed = value.startsWith('.') || value.startsWith('$.') ? 2 : 3;
  if (segments.length < needed || value.startsWith('eyJ')) return undefined;
  return segments.every((segment) => /^[A-Za-z_][A-Za-z_-]{0,40}[0-9]{0,2}$/.test(segment)) ? 'dotted identifier' : undefined;
};

/**
 * Shell and prose around a secret word, not an assignment: after a name separated by spaces only
 * (`kubectl create secret generic x --from-file=…`, `gcloud auth application-default login`,
 * `Pass max_lines=-1 for …`, `make keys KEY=… CERT=/tmp/x.crt`), a flag, another assignment or a
 * kebab-case word is the next word of the command or sentence.
 */
export const isNextWordOfCommand: PostValidator = ({ groups, value }) => {
  if (groups._sep === undefined || !/^[ \t]+$/.test(groups._sep) || quoted(groups)) return undefined;
  if (/^--?[A-Za-z]/.test(value)) return 'command-line flag';
  if (/^[A-Za-z_][\w.-]*=/.test(value)) return 'another assignment';
  if (/^[a-z]+(?:-[a-z]+)+$/.test(value)) return 'kebab-case word';
  return undefined;
};

/** `username=alice&password=alice&grant_type=password`: in a form body the value ran into the next field. */
export const isFormOverrun: PostValidator = ({ value }) =>
  /&[A-Za-z_][\w.-]*=/.test(value) ? 'form-encoded body: the value runs into the next field' : undefined;

/** `openai_api_key=OPENAI_API_KEY\n` inside a notebook or JSON string: a variable name followed by an escape. */
export const isEscapedIdentifier: PostValidator = ({ value }) =>
  /^[A-Za-z_][A-Za-z0-9_]*(?:\\+[nrt])+$/.test(value) ? 'identifier inside an escaped string' : undefined;

/** Words in a sentence: "Enter your password", i18n strings, log messages. */
export const isProse: PostValidator = ({ value }) => {
  if (/\s/.test(value.trim()) || /^[A-Z]?[a-z]+(?:[ _-][a-z]+){2,}$/.test(value)) return 'prose';
  // Words joined by escaped line breaks in a notebook or JSON string: `generation\nTransformer\nValue`.
  const parts = value.split(/(?:\\+[nrt])+/).filter(Boolean);
  return parts.length >= 2 &&
    parts.every((part) => /^(?:[A-Za-z][a-z]+|[A-Z]{2,6})$/.test(part)) &&
    parts.filter((part) => /[a-z]{3}/.test(part)).length >= 2
    ? 'prose (escaped line breaks)'
    : undefined;
};

/** Password hashes (bcrypt, argon2, crypt, Django, LDAP) — what you *should* store. */
export const isPasswordHash: PostValidator = ({ value }) =>
  /^(?:\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|apr1|sha1|y|gy|7|scrypt|pbkdf2(?:-sha\d+)?)\$|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|scrypt|sha1|md5)\$|\{(?:SSHA|SHA|SMD5|MD5|CRYPT|PBKDF2|ARGON2)[^}]*\})/i.test(
    value,
  )
    ? 'password hash'
    : undefined;

/** Lockfile integrity and SRI hashes: `sha512-…`, `sha256-…`. */
export const isIntegrityHash: PostValidator = ({ value }) =>
  /^(?:sha(?:1|256|384|512))-[A-Za-z0-9+/]{20,}={0,2}$/.test(value) ? 'integrity hash' : undefined;

/** UUID-shaped values are identifiers unless the name says token/secret/key/password. */
export const isUuidWithWeakName: PostValidator = ({ value, groups }) => {
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value)) return undefined;
  return /secret|token|password|passwd|api_?key|apikey|auth/i.test(groups.name ?? '') ? undefined : 'uuid';
};

/** File names, paths, URLs, e-mail addresses, version strings, numbers, dates. */
export const isStructuredNonSecret: PostValidator = ({ value }) => {
  if (/^(?:https?|ftp|wss?|file|s3|gs|tcp|grpc):\/\/[^:@\s/]+(?::\d{1,5})?(?:[/?#][^@\s]*)?$/i.test(value)) return 'URL';
  // `X-Goog-Credential=` / `X-Amz-Credential=` of a signed URL: account, date, region, service — the scope, not the signature.
  if (/(?:goog4|aws4)_request$/i.test(value)) return 'signed-URL credential scope';
  // Paths: absolute, home- or dot-relative; relative ones only as lower-case words (Base64 has `/` too).
  if (/^(?:[\w-]+:)?[~.]{0,2}\/[\w./-]+$/.test(value) && !(/[A-Z]/.test(value) && /[0-9]/.test(value))) return 'path';
  if (/^[\w.-]+\.(?:json|ya?ml|pem|key|crt|cer|txt|env|p12|pfx|jks|conf|cfg|ini|properties|xml|toml|js|ts|py)$/i.test(value))
    return 'file name';
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) return 'e-mail address';
  if (/^v?\d+(?:\.\d+)+(?:[-+][\w.]+)?$/.test(value)) return 'version';
  if (/^[\d.,:_ +-]+$/.test(value)) return 'number or date';
  if (/^[A-Z][A-Z0-9_]*$/.test(value) && value.includes('_')) return 'constant name';
  return undefined;
};

/** Generic `secret = …` values must look random: long enough, high entropy, several classes. */
export function isNotRandomEnough(minLength: number, minEntropy: number): PostValidator {
  return ({ value }) => {
    if (value.length < minLength) return `shorter than ${minLength}`;
    if (shannonEntropy(value) < minEntropy) return `entropy below ${minEntropy}`;
    const hexOnly = /^[0-9a-fA-F]+$/.test(value);
    if (!hexOnly && characterClassCount(value) < 2) return 'single character class';
    if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) || /^[a-z]+(?:_[a-z]+)+$/.test(value)) return 'identifier';
    // Slugs and sentences in kebab case: `super-secret-jwt-token-with-at-least-32-characters-long`.
    if (/^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(value) && (value.match(/[a-z]{3,}/g) ?? []).join('').length > value.length * 0.6)
      return 'slug';
    // Lower-case words and separators only: `foo/system:masters` (a user/group), `team.platform-secrets`.
    if (/^[a-z]+(?:[-_/:.@][a-z]+)+$/.test(value)) return 'words, not a random value';
    return undefined;
  };
}

/** Human passwords can be low-entropy (`Summer2024!` is a real leak), but not a single dictionary word. */
export const isNotAPassword: PostValidator = ({ value, groups }) => {
  if (value.length < 6) return 'too short for a password';
  if (value.length > 128) return 'too long for a password';
  // Up to 12 letters: one or two words (`whalehello`), how dev stacks and demos pick passwords.
  if (/^[a-z]+$/.test(value) && value.length <= 12) return 'a plain lower-case word';
  // `prom-operator`, `kube_admin`: two lower-case words, a product or role name.
  if (/^[a-z]{2,10}[-_][a-z]{2,10}$/.test(value)) return 'two lower-case words';
  if (!quoted(groups) && /^(?:[A-Za-z][a-z]+|[a-z]+|[A-Z]+)[.,:;!?)]*$/.test(value)) return 'a bare word';
  // `password manager`, `token expires`, `1Password "Private" vault`: with only spaces between name
  // and value, ask for a digit too.
  if (groups._sep !== undefined && /^[ \t]+$/.test(groups._sep) && !(/\d/.test(value) && /[A-Za-z]/.test(value))) return 'prose';
  if (
    /^(?:password|passwd|secret|changeit|changeme|admin|root|test|guest|default|letmein|qwerty|user|username|postgres|mysql|redis|example|sample|demo|none|null|empty|hunter2|foobar|foo|bar|baz|pass|pwd)\d{0,3}$/i.test(
      value,
    )
  )
    return 'default or example password';
  return undefined;
};

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 Base32 to text, or undefined when the value is not Base32 of printable ASCII. */
function base32Text(value: string): string | undefined {
  if (!/^[A-Z2-7]{16,}={0,6}$/.test(value)) return undefined;
  let bits = 0;
  let buffer = 0;
  let text = '';
  for (const char of value.replace(/=+$/, '')) {
    buffer = (buffer << 5) | BASE32.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      const code = (buffer >> bits) & 0xff;
      if (code < 0x20 || code > 0x7e) return undefined;
      text += String.fromCharCode(code);
    }
  }
  return text;
}

/**
 * Base32 of a sequence: RFC 4226/6238 publish `12345678901234567890` as the HOTP/TOTP test secret
 * (`GEZDGNBVGY3TQOJQ…`); the decoded value must pass the sequence filter too (issue 9, decoded values).
 */
export const isEncodedSequence: PostValidator = (candidate) => {
  const decoded = base32Text(candidate.value);
  if (decoded === undefined || decoded.length < 8) return undefined;
  return isSequential({ ...candidate, value: decoded }) ? 'Base32 of a sequence (a published test vector)' : undefined;
};

/**
 * `dispatcher: { email: 'dispatcher@e2e.test', password: 'Dispatcher123!' }`: the account's own name
 * plus a few digits is how seed data and demos make passwords, not how anyone stores a real one.
 */
export const isAccountNamePassword: PostValidator = ({ value, text, range }) => {
  const shape = /^([A-Za-z]{3,})[0-9]{0,4}[!@#$%&*.?]{0,2}$/.exec(value);
  if (!shape) return undefined;
  // Bounded look-back (200 characters of the value's line): linear however long the line is.
  const window = text.slice(Math.max(0, range[0] - 200), range[0]);
  const before = window.slice(window.lastIndexOf('\n') + 1).toLowerCase();
  const word = shape[1]!.toLowerCase();
  return new RegExp(`(?:^|[^a-z])${word}(?:[^a-z]|$)`).test(before.slice(0, before.length - 1))
    ? 'the account name as its password (seed data)'
    : undefined;
};

/** The standard post-validation every generic detector starts from. */
export const GENERIC_BASE: readonly PostValidator[] = [
  isUnclosedQuote,
  isEncryptedValue,
  isTemplated,
  isReference,
  isPlaceholder,
  isDocumentedExample,
  isCodeExpression,
  isDottedIdentifier,
  isNextWordOfCommand,
  isFormOverrun,
  isShellErrorMessage,
  isEscapedIdentifier,
  isProse,
  isPasswordHash,
  isIntegrityHash,
  isStructuredNonSecret,
  isPathLike,
  isRepetitive,
  isSequential,
  isNameDerivedDefault,
  isCredentialWordIdentifier,
  isDecoratedCredentialWord,
  isWholeSequence,
  isEncodedSequence,
  isAccountNamePassword,
  // Last: it reads around the value, the others only look at it.
  isFirebaseWebConfig,
];
