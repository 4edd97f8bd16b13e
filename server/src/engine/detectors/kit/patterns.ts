/**
 * Regex builders of the kit. Alphabets, `prefixedToken`, `assignment`, `phrase` come from the engine's
 * patterns.ts (re-exported so provider files import one place); the rest unifies the local helpers of
 * the theme files (`ctxName` ×4, `token`/`slackToken`, `providerName(s)`, `assignedTo`/`after`/`leadThen`,
 * `uriPattern`, PAIR_SEPARATOR, JWT shapes, the hand-written companion regexes).
 */
import type { CompanionPart, PostValidator } from '../../types.js';
import { assignment, ci, phrase } from '../../patterns.js';

export {
  B62,
  B64,
  B64URL,
  BASE32_UPPER,
  HEX,
  HEX_ANY,
  HEX_UPPER,
  LOWER_DIGITS,
  UPPER_DIGITS,
  UUID,
  alphabet,
  assignment,
  ci,
  escapeRegex,
  names,
  phrase,
  phraseAfterNonLetter,
  prefixedToken,
  type Alphabet,
} from '../../patterns.js';

/** Any JWT (header and payload are base64url JSON, hence `eyJ`), with generous part bounds. */
export const JWT = 'eyJ[A-Za-z0-9_-]{10,400}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,1000}';

/**
 * A JWT with room for large claims sets (1Password Connect, Auth0, Supabase tokens carry long
 * audiences and metadata): the identity providers' bounds, kept apart from `JWT` so no pattern changes.
 */
export const JWT_LARGE_PAYLOAD = 'eyJ[A-Za-z0-9_-]{10,1000}\\.eyJ[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{20,1000}';

/**
 * A JWT with the SaaS providers' bounds (Box, DocuSign, Zoom … and the public APIs of misc.ts): shorter minimums,
 * shorter signature cap.
 */
export const JWT_SHORT_PARTS = 'eyJ[A-Za-z0-9_-]{8,400}\\.eyJ[A-Za-z0-9_-]{8,2000}\\.[A-Za-z0-9_-]{16,700}';

/** A lower-case-only UUID, for formats documented as lower case (the shared `UUID` accepts any case). */
export const UUID_LOWER = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Between an id and its secret: `:` (basic auth, `id:secret`) or `", "` (positional call arguments). */
export const PAIR_SEPARATOR = '(?::|["\'`]\\s{0,3},\\s{0,3}["\'`])';

export interface TokenBoundaries {
  /** Characters that may not touch the token on the left (class body). Default `A-Za-z0-9_`. */
  readonly left?: string;
  /** Characters that may not follow the token (class body). Default `A-Za-z0-9_`. */
  readonly right?: string;
}

/**
 * A token given as a regex fragment (`xoxb-[0-9]{8,14}-…`): group `secret` is the whole token, not glued
 * to a word on the left, not followed by more token characters on the right.
 */
export function tokenPattern(body: string, { left = 'A-Za-z0-9_', right = 'A-Za-z0-9_' }: TokenBoundaries = {}): RegExp {
  return new RegExp(`(?<![${left}])(?<secret>${body})(?![${right}])`);
}

export interface ProviderNameOptions {
  /** How many name characters may separate provider and kind (default 20). */
  readonly gap?: number;
}

/**
 * A variable name holding a provider and then a kind of secret: `PLAID_SECRET`, `slackSigningSecret`,
 * `binance.api.secret`. `providers` are regex fragments (use `phrase('big commerce')`, or
 * `phraseAfterNonLetter('rzp')` for short names); `kinds` are phrases (`'signing secret'`).
 */
export function providerKindName(providers: readonly string[], kinds: readonly string[], { gap = 20 }: ProviderNameOptions = {}): string {
  return `(?:${providers.join('|')})[A-Za-z0-9_.-]{0,${gap}}(?:${kinds.map(phrase).join('|')})`;
}

/** `assignment(providerKindName(...), value)`: the contextual builder's pattern. */
export function providerAssignment(
  providers: readonly string[],
  kinds: readonly string[],
  value: string,
  options: ProviderNameOptions = {},
): RegExp {
  return assignment(providerKindName(providers, kinds, options), value);
}

/**
 * A companion part found as `key = value` near the secret: `client_id: "…"`. `key` is a phrase
 * (`'client id'` matches CLIENT_ID, clientId, client.id); `value` a regex fragment; `end` what may follow
 * the value (default nothing checked; `\\b` for a word boundary).
 */
export function assignedCompanion(
  name: string,
  key: string,
  value: string,
  withinLines: number,
  options: { readonly end?: string; readonly post?: readonly PostValidator[] } = {},
): CompanionPart {
  return {
    name,
    pattern: new RegExp(`${phrase(key)}["']?\\s*[:=]\\s*["']?(?<value>${value})${options.end ?? ''}`),
    withinLines,
    ...(options.post ? { post: options.post } : {}),
  };
}

/** A companion part recognisable by its own shape (`rzp_live_…`, `ck_<40 hex>`), anywhere within the lines. */
export function shapedCompanion(name: string, value: string, withinLines: number, boundaries: TokenBoundaries = {}): CompanionPart {
  const { left = 'A-Za-z0-9_', right = 'A-Za-z0-9_' } = boundaries;
  return { name, pattern: new RegExp(`(?<![${left}])(?<value>${value})(?![${right}])`), withinLines };
}

// --- Name-then-value fragments for detectors with more than one way in (ai, observability, identity) --

/** What may not follow a value: another token character (same as `assignment()`). */
export const VALUE_END = '(?![A-Za-z0-9_+/=-])';
/** What may not precede a value that is not introduced by a separator. */
export const VALUE_START = '(?<![A-Za-z0-9_+/.-])';
const NAME_CHAR = '[A-Za-z0-9_.-]';
/** `: Type` annotations between a name and `=` (Rust, TypeScript, Kotlin) and Go's `var key string =`. */
const TYPE_ANNOTATION = `(?:\\s*:\\s*&?(?:'static\\s+)?[A-Za-z][A-Za-z0-9_.<>?]{0,30}(?=\\s*=)|\\s+[sS]tring(?=\\s*=))?`;
/**
 * The separator grammar of `patterns.assignment()`, plus a wrapping call and an opening quote.
 * Blank-only separators are one `\\s+`, not `\\s*\\s\\s*`: three overlapping runs split a long run of
 * blank lines after a name in W² ways before failing (issue 10: linear detectors).
 */
const SEPARATOR = `${TYPE_ANNOTATION}(?:["'\`]?\\]?(?:\\s*(?::=|=>|==|=|:)\\s*|\\s+)|>)(?:[A-Za-z]+\\s*\\(\\s*)?[@"'\`]?`;

/** Lead: a name containing one of `fragments` (case-folded regex), then a separator. Starts at a name boundary (linear). */
export function assignedTo(fragments: readonly string[]): string {
  return `(?<![A-Za-z0-9_.-])${NAME_CHAR}{0,60}(?:${fragments.join('|')})${NAME_CHAR}{0,40}${SEPARATOR}`;
}

/** Lead: one of `fragments`, up to `gap` characters on the line, then a delimiter (call arguments, config tuples, flags). */
export function after(fragments: readonly string[], gap = 40): string {
  return `(?:${fragments.join('|')})[^\\r\\n]{0,${gap}}?[\\s"'\`=:,(>\\[]`;
}

/** Any of the `leads`, then the `secret` of the given shape, then `end`. */
export function leadThen(leads: readonly string[], value: string, end = VALUE_END): RegExp {
  return new RegExp(`(?:${leads.join('|')})(?<secret>${value})${end}`);
}

/** Case-insensitive name fragments joined by up to 20 name characters: `nameWith('datadog', 'app')`. */
export function nameWith(...parts: string[]): string {
  return parts.map(ci).join(`${NAME_CHAR}{0,20}`);
}

/** A query-string parameter of a provider URL: `host/…?…&param=` (bounded, no nested quantifiers). */
export function urlParam(hostRe: string, param: string): string {
  return `${hostRe}/[^\\s"'?#]{0,80}\\?(?:[^\\s"'#]{0,200}&)?${ci(param)}=`;
}

/** An attribute inside a Terraform provider block, `provider "linode" {\n  token = "…"` (bounded, linear). */
export function terraformProviderAttribute(provider: string, attributes: readonly string[]): string {
  return `provider\\s{1,10}"${provider}"\\s{0,10}\\{[^{}]{0,300}?(?<![A-Za-z0-9_])(?:${attributes.join('|')})`;
}

/** A pattern that may start only at the beginning of a name (one attempt per name: linear on identifier runs). */
export function anchored(re: RegExp): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_.-])${re.source}`, re.flags);
}

// --- URIs ---------------------------------------------------------------------------------------

/** URI userinfo user: anything but the delimiters; may be empty (`redis://:pw@host`). */
const URI_USER = String.raw`(?<username>[^\s:@/?#"'\`<>\\]{0,128})`;
/** URI password: `:` is legal in it; a raw `@` (invalid but common) is tolerated up to twice. */
const URI_PASS_CHAR = String.raw`[^\s@/?#"'\`<>\\]`;
const URI_PASS = String.raw`(?<secret>${URI_PASS_CHAR}{1,200}(?:@${URI_PASS_CHAR}{1,100}){0,2})`;
/** Host: a name, an IPv4 or a bracketed IPv6 address. */
const URI_HOST = String.raw`(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9_%-][A-Za-z0-9_.%-]{0,252})`;

/**
 * `scheme://user:password@host` for the scheme alternatives (regex fragment, case-insensitive); the
 * password is `secret`, user and host are parts. SQLAlchemy `+driver` suffixes are accepted.
 */
export function uriPattern(schemes: string, options: { readonly driverSuffix?: boolean } = {}): RegExp {
  const driver = options.driverSuffix === false ? '' : String.raw`(?:\+[A-Za-z0-9_]{1,30})?`;
  return new RegExp(String.raw`(?<![A-Za-z0-9+.-])(?:${schemes})${driver}://${URI_USER}:${URI_PASS}@${URI_HOST}`, 'i');
}

// --- Provider-named variables (SaaS and public APIs) ----------------------------------------------

/** Words that make a provider-named variable a credential (`ZENDESK_API_TOKEN`, `zoomClientSecret`). */
export const SECRET_WORDS: readonly string[] = ['secret', 'token', 'key', 'pass', 'pat', 'auth', 'cred', 'bearer'].map((x) => ci(x));

/**
 * Name fragments `<provider>…<word>`: the provider (literal, case-insensitive), up to 24 name characters,
 * then one of the `words` (regex fragments). `boundary` forbids a letter right before the provider
 * (`box` must not match `sandbox`/`checkbox`).
 */
export function providerNames(providers: readonly string[], words: readonly string[] = SECRET_WORDS, boundary = false): string[] {
  const lead = boundary ? '(?<![A-Za-z])' : '';
  return providers.map((p) => `${lead}${ci(p)}[A-Za-z0-9_.-]{0,24}(?:${words.join('|')})`);
}

/** The separator part of `assignment()` (patterns.ts), for patterns that also accept non-assignment prefixes (URLs). */
const ASSIGN_SEPARATOR = `(?:["'\`]?\\]?\\s*(?::=|=>|==|=|:|\\s)\\s*|>)(?:[A-Za-z]+\\s*\\(\\s*)?[@"'\`]?`;

/** Like `assignment()`, plus literal prefixes after which the value may also appear (e.g. `?appid=` in a provider URL). */
export function assignmentOr(nameAlternatives: readonly string[], valueShape: string, prefixes: readonly string[]): RegExp {
  return new RegExp(
    `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${nameAlternatives.join('|')})[A-Za-z0-9_.-]{0,40})${ASSIGN_SEPARATOR}|(?:${prefixes.join('|')}))` +
      `(?<secret>${valueShape})(?![A-Za-z0-9_+/=-])`,
  );
}

// --- Free-form secrets assigned to names (moved from database.ts, bodies unchanged) -----------------
// Used by the database, smtp, kafka, keys (android, java) and framework providers.

/** Default character set of an assigned free-form value (no whitespace, quotes or separators). */
export const FREE_VALUE = String.raw`[^\s"'\`\\<>,;]`;

/**
 * A free-form secret assigned to a name: `NAME=value`, `name: "value"`, `"name": "value"`,
 * `<name>value</name>`, `name "value"` (Groovy, whitespace only when quoted). `nameRe` is a regex
 * fragment (make it case-insensitive with `ci`/`names`). Group `_q`/`_q2` records the quote, for
 * `isUnquotedExpression`.
 */
export function secretAssignment(
  nameRe: string,
  options: { readonly min?: number; readonly max?: number; readonly value?: string; readonly prefix?: boolean } = {},
): RegExp {
  const { min = 4, max = 128, value = FREE_VALUE, prefix = true } = options;
  const name = prefix ? String.raw`(?:[A-Za-z0-9]{1,24}[_.-]){0,4}(?:${nameRe})` : `(?:${nameRe})`;
  // Without a prefix the name is exact: a `_` before it means a longer name (`AWS_SECRET_KEY`).
  const left = prefix ? '(?<![A-Za-z0-9])' : '(?<![A-Za-z0-9_])';
  return new RegExp(
    String.raw`${left}(?<name>${name})(?:["'\`]?\]?[ \t]*(?::=|=>|=|:)[ \t]*(?<_q>["'\`]?)|(?<_x>>)|[ \t]+(?<_q2>["'\`]))` +
      String.raw`(?<secret>${value}{${min},${max}})(?=["'\`<\s,;]|$)`,
    'm',
  );
}

/**
 * A YAML child key (`password:`) nested (at any depth ≤ 12 lines) under a parent key.
 * Each skipped line is `indent + one blank + rest of line`, never `blank+ rest`: with `[ \t]+` the
 * split between indentation and rest was free, so a failed search tried every split on every
 * line — (indent width)^12 steps on a compose file's deeply indented block (issue 10).
 */
export function yamlNested(
  parentRe: string,
  childRe: string,
  options: { readonly min?: number; readonly max?: number; readonly value?: string } = {},
): RegExp {
  const { min = 4, max = 128, value = FREE_VALUE } = options;
  return new RegExp(
    String.raw`(?<=^|\n)(?<_i>[ \t]*)(?:${parentRe}):[ \t]*(?:#[^\r\n]{0,200})?\r?\n(?:\k<_i>[ \t][^\r\n]{0,400}\r?\n){0,12}\k<_i>[ \t]+(?<name>${childRe}):[ \t]*(?<_q>["']?)` +
      String.raw`(?<secret>${value}{${min},${max}})(?=["'\s,;]|$)`,
  );
}

/** Database / data-service names that prefix connection settings (DB_HOST, POSTGRES_USER, LDAP_PORT). */
const DB_PREFIX = String.raw`(?:db|database|postgres(?:ql)?|pg|mysql|mariadb|mongo(?:db)?|mssql|sql|redis|rabbitmq|amqp|oracle|cassandra|clickhouse|neo4j|couchdb|couchbase|influxdb|elastic(?:search)?|snowflake|datasource|jdbc|ldap)`;

/**
 * A companion `<prefix>_<key> = value` near the secret (DB_USER, MAIL_HOST, spring.mail.username): `keys`
 * and `prefix` are regex fragments (case-insensitive); the default prefix is a database name.
 */
export function settingCompanion(name: string, keys: string, value: string, withinLines: number, prefix = DB_PREFIX): CompanionPart {
  return {
    name,
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,20}[_.-])?${prefix}?[_.-]?(?:${keys})["'\`]?[ \t]*(?::=|=>|=|:)[ \t]*["'\`]?(?<value>${value})(?![A-Za-z0-9_.@%-])`,
      'i',
    ),
    withinLines,
  };
}

/** A user name or login value (e-mail addresses included). */
export const USER_VALUE = String.raw`[A-Za-z0-9_][A-Za-z0-9_.@+\\-]{0,63}`;
/** A host name or IPv4 address value. */
export const HOST_VALUE = String.raw`[A-Za-z0-9][A-Za-z0-9_.-]{0,252}`;

/** User, host and port settings of a database (`DB_USER`, `POSTGRES_HOST`, `MYSQL_PORT`) within 6 lines: the parts of a password. */
export const DB_COMPANIONS: readonly CompanionPart[] = [
  settingCompanion('username', 'user(?:name)?|login|uid|user_?id', USER_VALUE, 6),
  settingCompanion('host', 'host(?:name)?|server|address|endpoint|addr', HOST_VALUE, 6),
  settingCompanion('port', 'port', String.raw`\d{2,5}`, 6),
];

/** Case-insensitive regex fragment: letters become `[aA]` classes, regex syntax is kept (unlike `ci`, which escapes). */
export function ciFragment(fragment: string): string {
  return fragment.replace(/\[[^\]]*\]|\\.|[A-Za-z]/g, (token) =>
    token.length === 1 ? `[${token.toLowerCase()}${token.toUpperCase()}]` : token,
  );
}

/** The file `git credential-store` writes (`~/.git-credentials`): git.credentials reads it, url.basic-auth leaves it alone. */
export const GIT_CREDENTIALS_PATH = /(?:^|[/\\])\.?git-credentials$/i;
