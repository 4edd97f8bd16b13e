/**
 * Database, data-platform and mail-server credentials: connection URIs with a password, connection
 * strings, driver calls, and `*_PASSWORD` settings with the user / host / port beside them
 * (CREDENTIAL-FORMATS.md §8; ENGINE.md "Multi-match and multi-line secrets").
 *
 * The highlight is always the password alone; user, host and port become parts. The helpers at the
 * top are shared with the other credential families of this helper (http-auth, framework, keys).
 */
import { fake, fakeBytes, toBase64Url } from '../fake.js';
import { B62, HEX, LOWER_DIGITS, alphabet, prefixedToken } from '../patterns.js';
import type { CompanionPart, Detector, PostValidator } from '../types.js';
import { fakeUuid } from '../fake.js';

// ---------------------------------------------------------------------------------------------
// Shared validators
// ---------------------------------------------------------------------------------------------

/**
 * Words written where a password goes in docs and templates, compared after lower-casing and
 * dropping punctuation (`<password>`, `your_password`, `P@ssw0rd` …) — plus the sample passwords of
 * the official Docker images' READMEs and Microsoft's SQL Server container docs.
 */
const PLACEHOLDER_PASSWORDS = new Set([
  'pass', 'password', 'passwd', 'passw0rd', 'pssword', 'pwd', 'pw', 'secret', 'secrets', 'token', 'apikey', 'key', 'accesstoken',
  'mypassword', 'mypass', 'mysecret', 'yourpassword', 'yourpass', 'userpassword', 'dbpassword', 'dbpass', 'databasepassword',
  'adminpassword', 'rootpassword', 'newpassword', 'oldpassword', 'examplepassword', 'somepassword', 'strongpassword', 'supersecret',
  'supersecretpassword', 'secretpassword', 'passwordhere', 'enterpassword', 'yourpasswordhere', 'pa55word', 'pa55w0rd',
  'mysecretpassword', 'mysecretpw', 'examplepass', 'yourstrongpassword', 'yourstrongpassw0rd', 'yourpassword123', 'password123',
  'password1', 'password12', 'password1234', 'changeit', 'changeme', 'letmein', 'qwerty', 'abc123', 'test', 'testing', 'testpassword',
  'testpass', 'foo', 'bar', 'foobar', 'baz', 'null', 'none', 'nil', 'undefined', 'empty', 'string', 'required', 'optional', 'true', 'false',
  'value', 'xxx', 'xxxx', 'user', 'username', 'login', 'tiger', 'scott',
]);

function normalisePassword(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // keep the raw value
  }
  // Leetspeak folds onto the plain word: `P@ssw0rd`, `S3cr3t`, `pa$word`.
  return decoded.toLowerCase().replace(/@/g, 'a').replace(/\$/g, 's').replace(/[^a-z0-9]/g, '').replace(/0/g, 'o').replace(/1/g, 'i').replace(/3/g, 'e').replace(/4/g, 'a').replace(/5/g, 's');
}

const NORMALISED_PLACEHOLDERS = new Set([...PLACEHOLDER_PASSWORDS].map(normalisePassword));

/** `password`, `<password>`, `P@ssw0rd`, `your_password`, `mysecretpassword` (Docker docs) … */
export const isPlaceholderPassword: PostValidator = ({ value }) => {
  if (/%3C|%7B/i.test(value)) return 'placeholder (encoded <…> or {…})';
  if (/^[*#.•_-]+$/.test(value)) return 'masked value';
  // Descriptions of the value: `your-mail-password`, `my_db_pass`, `the-api-secret`.
  if (/^(?:your|my|the|some|a|enter|insert|new)[-_ .]?(?:[a-z]{1,12}[-_ .]?){0,3}(?:password|passwd|pass|pwd|secret|token|key)$/i.test(value)) return 'placeholder description';
  return NORMALISED_PLACEHOLDERS.has(normalisePassword(value)) ? 'placeholder password' : undefined;
};

/** `%s`, `%(password)s`, `{0}`, `{}`, `%v`: format strings filled at run time. */
export const isFormatString: PostValidator = ({ value }) =>
  // `%d` followed by a hex digit is percent-encoding (`%de`), not a format verb.
  /%[svq]|%d(?![0-9A-Fa-f])|%\([A-Za-z_]+\)[sd]|\{\d*\}|\{[A-Za-z_][A-Za-z0-9_.]*\}/.test(value) ? 'format string' : undefined;

/** `DB_PASSWORD`, `POSTGRES_PASS`: the name of an environment variable, not its value. */
export const isEnvVarName: PostValidator = ({ value }) => (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) ? 'environment variable name' : undefined);

/** Password hashes are not plaintext credentials (bcrypt, crypt, argon2, Django, LDAP schemes). */
export const isPasswordHash: PostValidator = ({ value }) =>
  /^\$(?:2[abxy]?|1|5|6|apr1|argon2(?:id|i|d)|y|gy|7|sha1|md5|pbkdf2[^$]*)\$|^\{(?:S?SHA(?:256|512)?|CRYPT|MD5|SMD5|PBKDF2[^}]*|ARGON2|BCRYPT)\}|^(?:pbkdf2_sha256|pbkdf2_sha1|argon2|bcrypt_sha256|bcrypt|sha1|md5|scrypt)\$/i.test(value)
    ? 'password hash'
    : undefined;

/**
 * Secret-manager and vault references stand for the secret without being it (`op://vault/item`,
 * `vault:secret/data/db#password`, `arn:aws:secretsmanager:…`, `ENC(…)` from Jasypt, `!vault`).
 */
export const isSecretReference: PostValidator = ({ value }) =>
  /^(?:op|sm|gcpsm|awssm|azkv|akv|vault|secret|secrets|ssm|keyvault|bws|doppler|infisical|ref\+[a-z]+|k8s|env|file):|^arn:aws[a-z-]*:(?:secretsmanager|ssm):|^projects\/[^/]+\/secrets\/|^ENC\(|^!vault|^@Microsoft\.KeyVault/.test(value)
    ? 'secret manager reference'
    : undefined;

const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|groovy|gradle|cs|php|swift|rs|c|cc|cpp|h|hpp|dart|ex|exs|lua|pl|r|jl|vue|svelte)$/i;

/**
 * For values assigned without quotes: a call, an index, a dotted path, or (in source code) a bare
 * identifier is an expression that reads the secret from elsewhere, not the secret.
 */
export const isUnquotedExpression: PostValidator = ({ value, groups, path }) => {
  if (groups._q || groups._q2) return undefined;
  if (/[()[\]{}]/.test(value)) return 'code expression';
  if (/^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/.test(value)) return 'variable reference';
  if (path && CODE_FILE.test(path) && /^[A-Za-z_$][\w$]*$/.test(value)) return 'variable reference';
  if (/^(?:null|none|nil|undefined|true|false|yes|no|on|off|empty|required|optional|string|str|password|secret)$/i.test(value)) return 'keyword';
  return undefined;
};

/** `<password>value</password>` only: a `<db_password>` placeholder followed by text is not an element. */
export const isNotXmlElement: PostValidator = ({ groups, match, text, range }) => {
  if (!groups._x) return undefined;
  const start = range[1] - match.length;
  return text[start - 1] === '<' && text.startsWith('</', range[1]) ? undefined : 'not an XML element';
};

/** The checks every free-form password value gets (templates and generic placeholders are common). */
export const PASSWORD_CHECKS: readonly PostValidator[] = [isPlaceholderPassword, isFormatString, isEnvVarName, isPasswordHash, isSecretReference, isUnquotedExpression, isNotXmlElement];

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
  return /(?:^|\.)example(?:\.(?:com|org|net))?$|(?:^|\.)(?:test|invalid)$|(?:^|\.)(?:company|yourcompany|mycompany|yourdomain|mydomain|domain|foo|bar|sample|website)\.(?:com|org|net)$|^(?:your|my)[-_.]?(?:db|database|server|host|domain|cluster)|^(?:hostname|host|server|domain|dbhost|db-host|db_host)$/.test(h);
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
  groups.username && /^(?:<[^>]*>|\{[^}]*\}|\$\{?[A-Za-z_]+\}?|%[A-Z_]+%|user:|USER|USERNAME)$/.test(groups.username) ? 'placeholder user' : undefined;

/**
 * `ftp://anonymous:guest@…`: anonymous logins carry an e-mail or `guest` by convention; CVS
 * `:pserver:anoncvs@host` (empty user, `:` in the "password") is a connection method, not a secret.
 */
const isAnonymousLogin: PostValidator = ({ value, groups }) =>
  /^(?:anonymous|ftp)$/i.test(groups.username ?? '') ? 'anonymous login' : !groups.username && /^(?:pserver|ext|server|gserver|kserver|sspi):/.test(value) ? 'CVS connection method' : undefined;

/** The URI checks: placeholders, templates, dev defaults, documentation hosts. */
export const URI_PASSWORD_CHECKS: readonly PostValidator[] = [isPlaceholderPassword, isFormatString, isEnvVarName, isSecretReference, isLocalDevDefault, isOnExampleHost, isPlaceholderUser, isAnonymousLogin];

/** Factory: reject the candidate unless `context` occurs within `lines` lines of it. */
export function requireNearby(context: RegExp, lines: number, reason: string): PostValidator {
  return ({ text, range }) => {
    // The line walk runs inside the ±8 KiB clamp: unbounded walks per candidate were quadratic on
    // one long line of candidates (issue 10).
    const base = Math.max(0, range[0] - 8192);
    const near = text.slice(base, Math.min(text.length, range[1] + 8192));
    let from = range[0] - base;
    for (let i = 0; i <= lines && from > 0; i++) from = near.lastIndexOf('\n', from - 2) + 1;
    let to = range[1] - base;
    for (let i = 0; i <= lines && to < near.length; i++) {
      const next = near.indexOf('\n', to + 1);
      to = next === -1 ? near.length : next;
    }
    return context.test(near.slice(from, to)) ? undefined : reason;
  };
}

/** Factory: keep the candidate only in files whose path matches (`.pgpass`, `config/master.key` …). */
export function requirePath(pattern: RegExp, reason: string): PostValidator {
  return ({ path }) => (path !== undefined && pattern.test(path.replace(/\\/g, '/')) ? undefined : reason);
}

// ---------------------------------------------------------------------------------------------
// Shared pattern builders
// ---------------------------------------------------------------------------------------------

/** URI userinfo user: anything but the delimiters; may be empty (`redis://:pw@host`). */
const URI_USER = String.raw`(?<username>[^\s:@/?#"'\`<>\\]{0,128})`;
/** URI password: `:` is legal in it; a raw `@` (invalid but common) is tolerated up to twice. */
const URI_PASS_CHAR = String.raw`[^\s@/?#"'\`<>\\]`;
const URI_PASS = String.raw`(?<secret>${URI_PASS_CHAR}{1,200}(?:@${URI_PASS_CHAR}{1,100}){0,2})`;
/** Host: a name, an IPv4 or a bracketed IPv6 address. */
const URI_HOST = String.raw`(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9_%-][A-Za-z0-9_.%-]{0,252})`;

/**
 * `scheme://user:password@host` for the given scheme alternatives (regex fragments, matched
 * case-insensitively). SQLAlchemy `+driver` suffixes are accepted after the scheme name.
 */
export function uriPattern(schemes: string, options: { readonly driverSuffix?: boolean } = {}): RegExp {
  const driver = options.driverSuffix === false ? '' : String.raw`(?:\+[A-Za-z0-9_]{1,30})?`;
  return new RegExp(String.raw`(?<![A-Za-z0-9+.-])(?:${schemes})${driver}://${URI_USER}:${URI_PASS}@${URI_HOST}`, 'i');
}

/** Default character set of an assigned free-form value (no whitespace, quotes or separators). */
const FREE_VALUE = String.raw`[^\s"'\`\\<>,;]`;

/**
 * A free-form secret assigned to a name: `NAME=value`, `name: "value"`, `"name": "value"`,
 * `<name>value</name>`, `name "value"` (Groovy, whitespace only when quoted). `nameRe` is a regex
 * fragment (make it case-insensitive with `ci`/`names`). Group `_q`/`_q2` records the quote, for
 * `isUnquotedExpression`.
 */
export function secretAssignment(nameRe: string, options: { readonly min?: number; readonly max?: number; readonly value?: string; readonly prefix?: boolean } = {}): RegExp {
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
export function yamlNested(parentRe: string, childRe: string, options: { readonly min?: number; readonly max?: number; readonly value?: string } = {}): RegExp {
  const { min = 4, max = 128, value = FREE_VALUE } = options;
  return new RegExp(
    String.raw`(?<=^|\n)(?<_i>[ \t]*)(?:${parentRe}):[ \t]*(?:#[^\r\n]{0,200})?\r?\n(?:\k<_i>[ \t][^\r\n]{0,400}\r?\n){0,12}\k<_i>[ \t]+(?<name>${childRe}):[ \t]*(?<_q>["']?)` +
      String.raw`(?<secret>${value}{${min},${max}})(?=["'\s,;]|$)`,
  );
}

/** Names ending in these are about the password, not the password (`DB_PASSWORD_FILE=/run/…`). */
const NAME_NOT_VALUE = /[_.-](?:file|path|env|var|name|key|ref|id|hash|salt|policy|length|len|min|max|regex|pattern|field|param|prompt|label|hint|rotation|expiry|expires|secret_name|arn)$/i;
export const isAboutThePassword: PostValidator = ({ groups }) => (groups.name && NAME_NOT_VALUE.test(groups.name) ? 'the name describes the password, not the value' : undefined);

/** Well-known defaults of database images and services: weak-default configs, not leaks (§ known values). */
const DEFAULT_DB_PASSWORDS = /^(?:postgres|postgresql|root|mysql|mariadb|mongo|mongodb|neo4j|guest|sa|oracle|redis|elastic|couchbase|cassandra|clickhouse|minioadmin|changeme|changeit|example|secret|password|dev|development|local|docker|test)$/i;
export const isDefaultDbPassword: PostValidator = ({ value }) => (DEFAULT_DB_PASSWORDS.test(value) ? 'well-known default password' : undefined);

// ---------------------------------------------------------------------------------------------
// Companions
// ---------------------------------------------------------------------------------------------

const DB_PREFIX = String.raw`(?:db|database|postgres(?:ql)?|pg|mysql|mariadb|mongo(?:db)?|mssql|sql|redis|rabbitmq|amqp|oracle|cassandra|clickhouse|neo4j|couchdb|couchbase|influxdb|elastic(?:search)?|snowflake|datasource|jdbc|ldap)`;

function companion(name: string, keys: string, value: string, withinLines: number, prefix = DB_PREFIX): CompanionPart {
  return {
    name,
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,20}[_.-])?${prefix}?[_.-]?(?:${keys})["'\`]?[ \t]*(?::=|=>|=|:)[ \t]*["'\`]?(?<value>${value})(?![A-Za-z0-9_.@%-])`, 'i'),
    withinLines,
  };
}

const USER_VALUE = String.raw`[A-Za-z0-9_][A-Za-z0-9_.@+\\-]{0,63}`;
const HOST_VALUE = String.raw`[A-Za-z0-9][A-Za-z0-9_.-]{0,252}`;

export const DB_COMPANIONS: readonly CompanionPart[] = [
  companion('username', 'user(?:name)?|login|uid|user_?id', USER_VALUE, 6),
  companion('host', 'host(?:name)?|server|address|endpoint|addr', HOST_VALUE, 6),
  companion('port', 'port', String.raw`\d{2,5}`, 6),
];

// ---------------------------------------------------------------------------------------------
// Examples and guides
// ---------------------------------------------------------------------------------------------

const pw = (salt: string, length = 18) => fake(B62, length, `db-${salt}`);
const store = 'Read the connection settings from the environment or a secret manager (Vault, AWS Secrets Manager, Kubernetes Secrets) at start-up; commit only a template such as `.env.example`.';

function dbGuide(what: string, revoke: string, url?: string): Detector['guide'] {
  return { grants: what, revoke, ...(url ? { url } : {}), store };
}

interface UriSpec {
  readonly id: string;
  readonly title: string;
  readonly schemes: string;
  readonly keywords: readonly string[];
  readonly positive: readonly string[];
  readonly negative: readonly string[];
  readonly guide: Detector['guide'];
  readonly post?: readonly PostValidator[];
}

function uriDetector(spec: UriSpec): Detector {
  return {
    id: spec.id,
    title: spec.title,
    kind: 'specific',
    keywords: spec.keywords,
    keywordScope: 'line',
    pattern: uriPattern(spec.schemes),
    post: [...URI_PASSWORD_CHECKS, ...(spec.post ?? [])],
    examples: { positive: spec.positive, negative: spec.negative },
    guide: spec.guide,
  };
}

const rotateDbUser = 'Change the database user\'s password (or drop the user) on the server, then update every client that used it; check the server\'s logs for connections from unknown addresses.';

// ---------------------------------------------------------------------------------------------
// Detectors
// ---------------------------------------------------------------------------------------------

const passwordNames = [
  'db', 'database', 'postgres(?:ql)?', 'pg', 'mysql(?:_root)?', 'mariadb(?:_root)?', 'mongo(?:db)?(?:_initdb_root)?', 'mssql(?:_sa)?', 'sa', 'sql',
  'redis', 'rabbitmq(?:_default)?', 'oracle', 'cassandra', 'clickhouse', 'couchdb', 'influxdb(?:_admin|_init)?', 'cockroach(?:db)?',
  'timescale(?:db)?', 'memgraph', 'arangodb?', 'firebird', 'isc', 'db2', 'vertica', 'greenplum', 'redshift', 'datasource',
];

export const detectors: Detector[] = [
  uriDetector({
    id: 'postgres.uri',
    title: 'PostgreSQL connection URI with password',
    schemes: 'postgres(?:ql)?|pgsql|psql|postgis|timescaledb|cockroachdb|redshift',
    keywords: ['postgres', 'pgsql', 'psql://', 'postgis', 'timescaledb', 'cockroachdb', 'redshift'],
    positive: [
      `DATABASE_URL=postgres://app_user:«${pw('pg1')}»@db.internal.acme.io:5432/app?sslmode=require`,
      `engine = create_engine("postgresql+psycopg2://etl:«${pw('pg2')}»@10.0.3.17/warehouse")`,
      `url: "postgresql://admin:«${pw('pg3')}»@prod-cluster.cfx1.eu-west-1.rds.amazonaws.com/orders"`,
      `DATABASE_URL=postgres://postgres:«${pw('pg4')}»@db:5432/app`,
    ],
    negative: [
      'postgres://fleet:fleet@localhost:5432/fleet',
      'DATABASE_URL=postgres://postgres:postgres@db:5432/app',
      'DATABASE_URL=postgres://user:password@localhost/app',
      'postgresql://app:${DB_PASSWORD}@db.internal/app',
      'postgres://app:<password>@db.internal/app',
      'postgres://app@db.internal:5432/app',
      'postgres://app:@db.internal/app',
      `postgres://app:${pw('pgx')}@example.com/app`,
      'url = f"postgresql://{user}:{password}@{host}/{db}"',
    ],
    guide: dbGuide('Full access to the PostgreSQL database as that role: read and change every table the role can reach.', `${rotateDbUser} In SQL: \`ALTER ROLE name WITH PASSWORD '…'\`; on RDS/Cloud SQL/Azure use the console's reset.`),
  }),
  uriDetector({
    id: 'mysql.uri',
    title: 'MySQL / MariaDB connection URI with password',
    schemes: 'mysql[2x]?|mariadb|mysqlx|aurora-mysql',
    keywords: ['mysql', 'mariadb'],
    positive: [`DATABASE_URL=mysql://shop:«${pw('my1')}»@mysql-primary.prod.internal:3306/shop`, `SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://report:«${pw('my2')}»@10.1.4.20/reports'`],
    negative: ['mysql://root:root@localhost:3306/test', 'mysql://root:${MYSQL_ROOT_PASSWORD}@db/app', 'mysql://localhost:3306/app'],
    guide: dbGuide('Full access to the MySQL/MariaDB database as that user.', `${rotateDbUser} In SQL: \`ALTER USER 'name'@'%' IDENTIFIED BY '…'\`.`),
  }),
  uriDetector({
    id: 'mongodb.uri',
    title: 'MongoDB connection string with password',
    schemes: 'mongodb(?:\\+srv)?',
    keywords: ['mongodb'],
    positive: [
      `MONGO_URL=mongodb+srv://api:«${pw('mg1')}»@cluster0.ab1cd.mongodb.net/prod?retryWrites=true&w=majority`,
      `mongoose.connect('mongodb://svc:«${pw('mg2')}»@mongo-0.mongo:27017,mongo-1.mongo:27017/app?replicaSet=rs0')`,
    ],
    negative: ['mongodb://localhost:27017/app', 'mongodb+srv://api:<db_password>@cluster0.ab1cd.mongodb.net/', 'mongodb://admin:admin@localhost:27017'],
    guide: dbGuide('Read and write access to the MongoDB deployment with that user\'s roles.', 'Atlas → Database Access → edit the user → Edit password (or delete the user); self-hosted: `db.changeUserPassword()`. Review Atlas network access lists.', 'https://www.mongodb.com/docs/atlas/security-add-mongodb-users/'),
  }),
  uriDetector({
    id: 'redis.uri',
    title: 'Redis connection URI with password',
    schemes: 'rediss?|redis-sentinel|redis\\+sentinel|valkeys?|keydb',
    keywords: ['redis', 'valkey', 'keydb'],
    positive: [`REDIS_URL=rediss://default:«${pw('rd1')}»@eu1-stable-puma-31337.upstash.io:6379`, `CELERY_BROKER_URL = "redis://:«${pw('rd2')}»@cache.prod.internal:6379/0"`],
    negative: ['REDIS_URL=redis://localhost:6379/0', 'redis://:password@localhost:6379', 'redis://:${REDIS_PASSWORD}@cache:6379'],
    guide: dbGuide('Read, write and flush every key of the Redis instance; with admin ACLs, reconfigure the server.', 'Set a new password (`CONFIG SET requirepass` / `ACL SETUSER`) or reset it in the managed console (ElastiCache, Upstash, Redis Cloud), then update clients.'),
  }),
  uriDetector({
    id: 'amqp.uri',
    title: 'RabbitMQ / AMQP URI with password',
    schemes: 'amqps?|rabbitmq',
    keywords: ['amqp', 'rabbitmq'],
    positive: [`CLOUDAMQP_URL=amqps://ingest:«${pw('mq1')}»@rat.rmq2.cloudamqp.com/ingest`, `broker_url = "amqp://worker:«${pw('mq2')}»@rabbitmq.prod.internal:5672/jobs"`],
    negative: ['amqp://guest:guest@localhost:5672/', 'amqp://guest:guest@rabbitmq:5672', 'amqp://user:pass@localhost/'],
    guide: dbGuide('Publish and consume messages on the broker\'s virtual hosts that the user can reach; with management rights, change the broker.', '`rabbitmqctl change_password <user> <new>` (or delete the user); CloudAMQP/Amazon MQ: rotate in the console.'),
  }),
  uriDetector({
    id: 'mssql.uri',
    title: 'SQL Server connection URI with password',
    schemes: 'sqlserver|mssql|tds',
    keywords: ['sqlserver', 'mssql', 'tds://'],
    positive: [`DATABASE_URL="sqlserver://svc_app:«${pw('ms1')}»@sql01.corp.internal:1433?database=crm"`, `engine = create_engine('mssql+pyodbc://etl:«${pw('ms2')}»@sqlprod/crm?driver=ODBC+Driver+18')`],
    negative: ['sqlserver://sa:Your_password123@localhost:1433', 'mssql://sa:yourStrong(!)Password@localhost'],
    guide: dbGuide('Access to the SQL Server databases that login can use (often `sa`: the whole server).', `${rotateDbUser} In T-SQL: \`ALTER LOGIN name WITH PASSWORD = '…'\`; Azure SQL: reset in the portal.`),
  }),
  uriDetector({
    id: 'database.uri',
    title: 'Database connection URI with password',
    schemes:
      'oracle|oracledb|db2|ibm_db_sa|couchbases?|firebird|crate|trino|presto|hive|impala|vertica|teradata(?:sql)?|sybase|exasol|hana|sap|singlestoredb|memsql|tidb|yugabyte(?:db)?|influxdb|arangodb|surrealdb|cassandra|scylla|questdb|duckdb|dremio|druid|pinot|starrocks|doris|databend|mongodb\\+srv\\+',
    keywords: ['oracle', 'db2', 'ibm_db', 'couchbase', 'firebird', 'crate://', 'trino', 'presto', 'hive', 'impala', 'vertica', 'teradata', 'sybase', 'exasol', 'hana', 'sap', 'singlestore', 'memsql', 'tidb', 'yugabyte', 'influxdb', 'arangodb', 'surrealdb', 'cassandra', 'scylla', 'questdb', 'duckdb', 'dremio', 'druid', 'pinot', 'starrocks', 'doris', 'databend'],
    positive: [`engine = create_engine("oracle+cx_oracle://scott:«${pw('or1')}»@orahost.corp:1521/?service_name=ORCLPDB1")`, `TRINO_URL=trino://analyst:«${pw('tr1')}»@trino.data.internal:443/hive`],
    negative: ['oracle://scott:tiger@example.com:1521/ORCL', 'couchbase://cb.internal'],
    guide: dbGuide('Access to the database with that user\'s rights.', rotateDbUser),
  }),
  uriDetector({
    id: 'clickhouse.uri',
    title: 'ClickHouse connection URI with password',
    schemes: 'clickhouse|clickhouses|ch',
    keywords: ['clickhouse', 'ch://'],
    positive: [`CLICKHOUSE_URL=clickhouse://ingest:«${pw('ch1')}»@ab12cd.eu-central-1.aws.clickhouse.cloud:9440/events?secure=true`],
    negative: ['clickhouse://default:@localhost:9000/default', 'clickhouse://localhost:8123'],
    guide: dbGuide('Read and write the ClickHouse tables that user can reach.', 'ClickHouse Cloud → service → Settings → Reset password; self-hosted: `ALTER USER name IDENTIFIED BY \'…\'`.'),
  }),
  uriDetector({
    id: 'neo4j.uri',
    title: 'Neo4j connection URI with password',
    schemes: 'neo4j(?:\\+s|\\+ssc)?|bolt(?:\\+s|\\+ssc)?',
    keywords: ['neo4j', 'bolt'],
    positive: [`NEO4J_URL=neo4j+s://neo4j:«${pw('n41')}»@a1b2c3d4.databases.neo4j.io`],
    negative: ['bolt://neo4j:neo4j@localhost:7687', 'NEO4J_URI=neo4j+s://a1b2c3d4.databases.neo4j.io'],
    guide: dbGuide('Read and write the graph as that user (often the `neo4j` admin).', 'Aura console → instance → Reset password; self-hosted: `ALTER CURRENT USER SET PASSWORD FROM … TO …`.'),
  }),
  uriDetector({
    id: 'snowflake.uri',
    title: 'Snowflake connection URI with password',
    schemes: 'snowflake',
    keywords: ['snowflake'],
    positive: [`SNOWFLAKE_URL=snowflake://LOADER:«${pw('sf1')}»@xy12345.eu-west-1/ANALYTICS/PUBLIC?warehouse=LOAD_WH`],
    negative: ['snowflake://user:password@account/db', 'snowflake://LOADER@xy12345/ANALYTICS'],
    guide: dbGuide('Query and modify the Snowflake account\'s data with that user\'s roles, and spend its warehouse credits.', '`ALTER USER name SET PASSWORD = \'…\'` (or disable the user); prefer key-pair or OAuth authentication for services.', 'https://docs.snowflake.com/en/user-guide/admin-user-management'),
  }),
  uriDetector({
    id: 'ftp.uri',
    title: 'FTP / SFTP URI with password',
    schemes: 'ftps?|sftp|ftpes|scp|ssh|smb|cifs|webdavs?|davs?',
    keywords: ['ftp://', 'ftps://', 'sftp://', 'ftpes://', 'scp://', 'ssh://', 'smb://', 'cifs://', 'webdav', 'dav://', 'davs://'],
    post: [({ groups }) => (/^(?:anonymous|ftp)$/i.test(groups.username ?? '') ? 'anonymous FTP login' : undefined)],
    positive: [`DEPLOY_TARGET=sftp://deploy:«${pw('ft1')}»@files.acme-hosting.net:22/var/www`, `wget ftp://backup:«${pw('ft2')}»@203.0.113.40/dumps/latest.sql.gz`],
    negative: ['ftp://anonymous:guest@ftp.gnu.org/gnu/', 'sftp://deploy@files.acme-hosting.net/var/www'],
    guide: dbGuide('Read, overwrite and delete files on the server with that account (often a web root: site defacement or malware).', 'Change the account password on the server / hosting panel; prefer SSH keys for SFTP and disable plain FTP.'),
  }),
  {
    id: 'elasticsearch.uri',
    title: 'Elasticsearch / OpenSearch URL with password',
    kind: 'specific',
    keywords: ['elastic', 'kibana', 'logstash', 'opensearch', ':9200', ':9243', 'es.io', 'found.io'],
    keywordScope: 'line',
    pattern: uriPattern('https?'),
    // Only the built-in Elastic users, or an Elasticsearch endpoint; other http URLs are url.basic-auth's.
    post: [
      ...URI_PASSWORD_CHECKS,
      ({ groups, line }) =>
        /^(?:elastic|kibana(?:_system)?|logstash_system|logstash_internal|beats_system|apm_system|remote_monitoring_user|admin)$/i.test(groups.username ?? '') ||
        /(?:elastic|opensearch|\.es\.|\.es-|found\.io|elastic-cloud\.com|\bes\d*\.)/i.test(groups.host ?? '') ||
        /@[^\s/@]{1,253}:92(?:00|43)\b/.test(line)
          ? undefined
          : 'not an Elasticsearch endpoint',
    ],
    examples: {
      positive: [`ELASTICSEARCH_URL=https://elastic:«${pw('es1')}»@logs-prod.es.eu-west-1.aws.found.io:9243`, `hosts: ["https://ingest:«${pw('es2')}»@search-01.internal:9200"]`],
      negative: ['ELASTICSEARCH_URL=http://elastic:changeme@localhost:9200', 'ELASTICSEARCH_URL=https://logs-prod.es.eu-west-1.aws.found.io:9243'],
    },
    guide: dbGuide('Read, write and delete the cluster\'s indices; the `elastic` superuser also manages users and settings.', 'Reset the password (`bin/elasticsearch-reset-password -u <user>` or Kibana → Stack Management → Users); Elastic Cloud: reset in the deployment console.'),
  },
  {
    id: 'jdbc.url-password',
    title: 'JDBC URL with password',
    kind: 'specific',
    keywords: ['jdbc:'],
    keywordScope: 'line',
    // `jdbc:<driver>[:sub]://host…` followed (same URL) by `password=` / `;password=` (driver docs).
    // The host is matched once (lookahead + backreference = an atomic group): letting the lazy scan
    // after it re-split every shorter host cost host × 400 steps per `jdbc:` (issue 10).
    pattern: new RegExp(
      String.raw`jdbc:[a-z][a-z0-9]{1,20}(?::[a-z][a-z0-9]{0,20}){0,2}:(?://)?(?:[^\s"'<>@/;?]{0,200}@)?(?=(?<host>[A-Za-z0-9_.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\]))\k<host>[^\s"'<>]{0,400}?[;?&](?:password|pwd)=(?<secret>[^\s;&"'<>]{1,200})`,
      'i',
    ),
    post: [...URI_PASSWORD_CHECKS, sameWordOnLocalHost(/[;?&](?:user(?:name)?|uid|user id)=([^\s;&"'<>]{1,128})/i)],
    companions: [{ name: 'username', pattern: /[;?&](?:user(?:name)?|uid|user id)=(?<value>[^\s;&"'<>]{1,128})/i, withinLines: 0 }],
    examples: {
      positive: [
        `spring.datasource.url=jdbc:postgresql://pg-prod.internal:5432/billing?user=billing&password=«${pw('jd1')}»&ssl=true`,
        `url = "jdbc:sqlserver://sql01.corp.internal:1433;databaseName=crm;user=svc_crm;password=«${pw('jd2')}»;encrypt=true"`,
      ],
      negative: ['jdbc:postgresql://pg-prod.internal:5432/billing?user=billing&password=${DB_PASSWORD}', 'jdbc:mysql://localhost:3306/app?user=root&password=root', 'jdbc:h2:mem:testdb'],
    },
    guide: dbGuide('Access to the database with that user\'s rights.', rotateDbUser),
  },
  {
    id: 'jdbc.oracle-thin',
    title: 'Oracle JDBC thin URL with user/password',
    kind: 'specific',
    keywords: ['jdbc:oracle'],
    keywordScope: 'line',
    // `jdbc:oracle:thin:user/password@host:port:SID` (Oracle JDBC developer's guide).
    pattern: /jdbc:oracle:(?:thin|oci8?):(?<username>[A-Za-z0-9_$#]{1,128})\/(?<secret>[^\s@/"'<>]{1,128})@(?:\/\/)?(?<host>[A-Za-z0-9_.-]{1,253})/,
    post: [...URI_PASSWORD_CHECKS],
    examples: { positive: [`db.url=jdbc:oracle:thin:APP_OWNER/«${pw('oj1')}»@ora-prod.corp.internal:1521:ORCL`], negative: ['jdbc:oracle:thin:scott/tiger@localhost:1521:xe', 'jdbc:oracle:thin:@ora-prod.corp.internal:1521:ORCL'] },
    guide: dbGuide('Access to the Oracle schema with that user\'s rights.', `${rotateDbUser} \`ALTER USER name IDENTIFIED BY …\`.`),
  },
  {
    id: 'odbc.connection-string',
    title: 'ODBC / ADO.NET connection string with password',
    kind: 'specific',
    keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
    keywordScope: 'line',
    // `Server=…;User Id=…;Password=…;` / `Uid=…;Pwd=…` (ADO.NET and ODBC keyword syntax); ODBC braces `{…}`.
    // The value is captured in a lookahead and re-matched by reference (an atomic group): no backtracking.
    pattern: /(?<![A-Za-z0-9_.-])(?:password|pwd)[ \t]*=[ \t]*\{?(?=(?<secret>[^;{}"'\s]{1,200}))\k<secret>\}?[ \t]*(?=;|["'\r\n]|$)/im,
    post: [
      ...PASSWORD_CHECKS,
      ({ line, text, range }) => {
        // The string literal (or the whole line, unquoted) that holds the password.
        const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
        const before = text.slice(lineStart, range[0]);
        const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"));
        const after = line.slice(range[1] - lineStart);
        const close = after.search(/["']/);
        const segment = before.slice(open + 1) + text.slice(range[0], range[1]) + (close === -1 ? after : after.slice(0, close));
        return /(?:^|[;\s])(?:server|data source|host|address|addr|network address|driver|dsn|initial catalog|database|hostname)[ \t]*=/i.test(segment) && /;/.test(segment) ? undefined : 'not a connection string';
      },
      ({ line }) => (/(?:^|[;"'\s])(?:user id|uid|user|username|userid)[ \t]*=[ \t]*(?:sa|root)[ \t]*;/i.test(line) && /(?:server|data source|host)[ \t]*=[ \t]*(?:\(local\)|\.|localhost|127\.0\.0\.1)[ \t]*[;,]/i.test(line) && /password[ \t]*=[ \t]*(?:sa|root)?[ \t]*;/i.test(line) ? 'local development default' : undefined),
      ({ value }) => (/^\s|\s$/.test(value) ? 'padded value' : undefined),
    ],
    companions: [
      { name: 'username', pattern: /(?:^|[;"'\s])(?:user id|uid|user|username|userid)[ \t]*=[ \t]*(?<value>[^;"'\r\n]{1,128})/i, withinLines: 0 },
      { name: 'host', pattern: /(?:^|[;"'\s])(?:server|data source|host|address|addr|hostname)[ \t]*=[ \t]*(?:tcp:)?(?<value>[^;,"'\r\n]{1,253})/i, withinLines: 0 },
    ],
    examples: {
      positive: [
        `"DefaultConnection": "Server=tcp:crm-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=«${pw('od1')}»;Encrypt=True;"`,
        `conn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql01.corp;DATABASE=hr;UID=hr_reader;PWD={«${pw('od2')}»}")`,
      ],
      negative: ['Server=tcp:crm-sql.database.windows.net;Initial Catalog=crm;Integrated Security=true;', 'Server=sql01;Database=crm;User Id=app;Password=<password>;', 'Data Source=db;User ID=app;Password=${DB_PASSWORD};', 'password=hunter22 # not a connection string'],
    },
    guide: dbGuide('Access to the SQL Server / ODBC data source with that login\'s rights.', `${rotateDbUser} Azure SQL: Reset password in the portal; prefer Managed Identity / Integrated Security.`),
  },
  {
    id: 'postgres.conninfo',
    title: 'PostgreSQL keyword/value connection string with password',
    kind: 'specific',
    keywords: ['password='],
    keywordScope: 'line',
    // libpq conninfo: `host=… port=… dbname=… user=… password=…` (PostgreSQL docs, 34.1.1).
    pattern: /(?<![A-Za-z0-9_])(?:host|hostaddr|dbname|user|port)=[^\s'"]{1,253}(?:[ \t]+[a-z_]{2,30}=[^\s'"]{0,253}){0,12}?[ \t]+password=(?<secret>[^\s'"]{1,128})/,
    post: [
      ...PASSWORD_CHECKS,
      ({ match }) => (/(?:^|\s)(?:host|hostaddr|dbname)=/.test(match) ? undefined : 'not a libpq connection string'),
      sameWordOnLocalHost(/(?<![A-Za-z0-9_])user=([^\s'"]{1,128})/, /(?<![A-Za-z0-9_])host=([^\s'"]{1,253})/),
    ],
    companions: [
      { name: 'username', pattern: /(?<![A-Za-z0-9_])user=(?<value>[^\s'"]{1,128})/, withinLines: 0 },
      { name: 'host', pattern: /(?<![A-Za-z0-9_])host=(?<value>[^\s'"]{1,253})/, withinLines: 0 },
    ],
    examples: {
      positive: [`conn = psycopg2.connect("host=pg-prod.internal dbname=billing user=billing password=«${pw('ci1')}» sslmode=require")`, `db, err := sql.Open("postgres", "host=10.0.0.7 port=5432 user=api password=«${pw('ci2')}» dbname=api")`],
      negative: ['host=localhost dbname=test user=postgres password=postgres', 'host=db dbname=app user=app password=${PGPASSWORD}'],
    },
    guide: dbGuide('Full access to the PostgreSQL database as that role.', rotateDbUser),
  },
  {
    id: 'mysql.go-dsn',
    title: 'Go MySQL driver DSN with password',
    kind: 'specific',
    keywords: ['@tcp(', '@unix(', '@tcp6('],
    keywordScope: 'line',
    // go-sql-driver/mysql DSN: `user:password@tcp(host:port)/dbname?params`.
    pattern: /(?<![A-Za-z0-9_.%-])(?<username>[A-Za-z0-9_.-]{1,64}):(?<secret>[^\s@"'`/]{1,200})@(?:tcp6?|unix|udp)\((?<host>[^)\s:]{1,253})(?::\d{1,5})?\)/,
    post: [...URI_PASSWORD_CHECKS],
    examples: {
      positive: [`dsn := "orders:«${pw('gd1')}»@tcp(mysql-orders.prod.internal:3306)/orders?parseTime=true"`],
      negative: ['dsn := "root:root@tcp(127.0.0.1:3306)/test"', 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)'],
    },
    guide: dbGuide('Full access to the MySQL database as that user.', rotateDbUser),
  },
  {
    id: 'database.driver-password',
    title: 'Database password in a driver connect call',
    kind: 'specific',
    keywords: ['psycopg', 'pymysql', 'mysqldb', 'mysql.connector', 'pymssql', 'pyodbc', 'asyncpg', 'aiomysql', 'aiopg', 'cx_oracle', 'oracledb', 'pg8000', 'mariadb.connect', 'snowflake.connector', 'clickhouse_connect', 'redshift_connector', 'createconnection', 'createpool', 'new pool', 'new client', 'mongoclient'],
    // `psycopg2.connect(host=…, password="…")`, `mysql.createConnection({ …, password: '…' })`; the call
    // may span lines (bounded).
    pattern: new RegExp(
      String.raw`(?:(?:psycopg2?|psycopg|pymysql|MySQLdb|mysql\.connector|pymssql|pyodbc|asyncpg|aiomysql|aiopg|cx_Oracle|oracledb|pg8000|mariadb|snowflake\.connector|clickhouse_connect|redshift_connector)\.(?:connect|create_pool|Connection|get_client)|createConnection|createPool|new\s+(?:pg\.)?(?:Pool|Client)|MongoClient)\(` +
        String.raw`[^)]{0,600}?(?<![A-Za-z0-9_])(?<name>password|passwd|pwd)["']?[ \t]*[:=][ \t]*(?<_q>["'\`])(?<secret>[^"'\`\r\n]{3,128})["'\`]`,
    ),
    post: [...PASSWORD_CHECKS, isDefaultDbPassword],
    companions: [
      { name: 'username', pattern: /(?<![A-Za-z0-9_])(?:user(?:name)?|uid)["']?[ \t]*[:=][ \t]*["'`](?<value>[^"'`\r\n]{1,64})["'`]/, withinLines: 8 },
      { name: 'host', pattern: /(?<![A-Za-z0-9_])(?:host(?:name)?|server|account)["']?[ \t]*[:=][ \t]*["'`](?<value>[^"'`\r\n]{1,253})["'`]/, withinLines: 8 },
    ],
    examples: {
      positive: [
        `conn = psycopg2.connect(\n    host="pg-prod.internal",\n    user="etl",\n    password="«${pw('dr1')}»",\n)`,
        `const pool = mysql.createPool({ host: 'mysql.prod.internal', user: 'api', password: '«${pw('dr2')}»', database: 'shop' });`,
      ],
      negative: ['conn = psycopg2.connect(host=HOST, user=USER, password=os.environ["PGPASSWORD"])', `pool = mysql.createPool({ host: 'localhost', user: 'root', password: 'root' })`],
    },
    guide: dbGuide('Access to the database with that user\'s rights.', rotateDbUser),
  },
  {
    id: 'database.positional-password',
    title: 'Database password passed positionally (PDO, mysqli, Sequelize)',
    kind: 'specific',
    keywords: ['new pdo', 'new mysqli', 'mysqli_connect', 'mysql_connect', 'new sequelize', 'dbi->connect', 'drivermanager.getconnection', 'mysqldb.connect', 'pymysql.connect'],
    // The third argument is the password in `new PDO(dsn, user, pass)`, `new mysqli(host, user, pass, db)`,
    // `mysqli_connect(host, user, pass)` and `new Sequelize(db, user, pass, opts)`.
    // Perl `DBI->connect(dsn, user, pass)`, JDBC `DriverManager.getConnection(url, user, pass)` and the
    // positional `MySQLdb.connect(host, user, pass, db)` have the same shape; the call may span lines.
    pattern: /(?:new\s+(?:PDO|mysqli|Sequelize)|mysqli?_connect|DBI->connect|DriverManager\.getConnection|(?:MySQLdb|pymysql)\.connect)\(\s*(?:["'`][^"'`\r\n]{1,300}["'`]|[$@]?[A-Za-z_][\w.$]{0,60})\s*,\s*["'`](?<username>[^"'`\r\n]{1,64})["'`]\s*,\s*(?<_q>["'`])(?<secret>[^"'`\r\n]{3,128})["'`]/,
    post: [...PASSWORD_CHECKS, isDefaultDbPassword],
    examples: {
      positive: [
        `$pdo = new PDO('mysql:host=db.prod.internal;dbname=shop', 'shop', '«${pw('po1')}»');`,
        `my $dbh = DBI->connect(\n    "dbi:Pg:dbname=app;host=$host;port=5432",\n    'app_admin',\n    '«${pw('po3')}»',\n    { RaiseError => 1 },\n);`,
        `Connection c = DriverManager.getConnection(url, "report", "«${pw('po4')}»");`, `const sequelize = new Sequelize('crm', 'crm_app', '«${pw('po2')}»', { host: 'pg.internal', dialect: 'postgres' });`],
      negative: [`$pdo = new PDO('mysql:host=localhost;dbname=test', 'root', '');`, `$pdo = new PDO($dsn, 'root', 'root');`],
    },
    guide: dbGuide('Access to the database with that user\'s rights.', rotateDbUser),
  },
  {
    id: 'database.password',
    title: 'Database password (with user / host / port nearby)',
    kind: 'specific',
    keywords: ['db_pass', 'dbpass', 'db-pass', 'db.pass', 'db_pwd', 'dbpwd', 'database_pass', 'database.pass', 'databasepass', 'database-pass', 'postgres_pass', 'postgresql_pass', 'pgpass', 'pg_pass', 'mysql_pass', 'mysql_root_pass', 'mysql_pwd', 'mariadb_pass', 'mariadb_root_pass', 'mongo_pass', 'mongodb_pass', 'mongo_initdb_root_pass', 'mssql_pass', 'mssql_sa_pass', 'sa_password', 'redis_pass', 'rabbitmq_pass', 'rabbitmq_default_pass', 'oracle_pass', 'oracle_pwd', 'cassandra_pass', 'clickhouse_pass', 'couchdb_pass', 'influxdb_admin_pass', 'influxdb_init_pass', 'influxdb_pass', 'cockroach', 'timescale', 'firebird', 'isc_pass', 'db2_pass', 'vertica_pass', 'redshift_pass', 'sql_pass', 'sql_pwd', 'arangodb_pass', 'arango_pass', 'memgraph_pass', 'greenplum_pass', 'datasource_pass'],
    keywordScope: 'line',
    // ENGINE.md: `dbpassword = …` with `dbusername` / `dbhost` / `dbport` on nearby lines is one finding.
    pattern: secretAssignment(`(?:${passwordNames.map((n) => ciFragment(n)).join('|')})[_.-]?(?:${ciFragment('pass(?:word|wd)?|pwd')})`),
    post: [...PASSWORD_CHECKS, isAboutThePassword, isDefaultDbPassword],
    precedence: -1,
    companions: DB_COMPANIONS,
    examples: {
      positive: [
        `dbusername = admin\ndbpassword = «${pw('dp1', 15).toLowerCase()}»\ndbhost = db-postgres-nyc1-1111-do-user-111111-0.db.ondigitalocean.com\ndbport = 25060\ndbdatabase = defaultdb`,
        `POSTGRES_USER=orders\nPOSTGRES_PASSWORD=«${pw('dp2')}»\nPOSTGRES_HOST=orders-db.prod.internal`,
        `environment:\n  - MYSQL_ROOT_PASSWORD=«${pw('dp3')}»`,
        `{"db_password": "«${pw('dp4')}»", "db_host": "10.2.0.9"}`,
      ],
      negative: [
        'POSTGRES_PASSWORD=postgres',
        'DB_PASSWORD=${DB_PASSWORD}',
        'DB_PASSWORD=',
        'db_password = os.environ["DB_PASSWORD"]',
        'DB_PASSWORD_FILE=/run/secrets/db_password',
        'MYSQL_ROOT_PASSWORD: changeme',
        'db_password: "<your-db-password>"',
        'DB_PASSWORD=the-db-password',
        'DB_PASSWORD=op://prod/db/password',
        'password = settings.DB_PASSWORD',
      ],
    },
    guide: dbGuide('Access to the database with that user\'s rights; together with the host nearby, a ready-to-use login.', rotateDbUser),
  },
  {
    id: 'database.yaml-password',
    title: 'Database password in a YAML database section',
    kind: 'specific',
    keywords: ['password:'],
    // `database:` / `datasource:` / `postgres:` … section with a nested `password:` (Rails database.yml,
    // Spring application.yml, Helm values).
    pattern: yamlNested(
      String.raw`[A-Za-z0-9_-]{0,20}(?:database|datasource|db|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|mssql|sqlserver|oracle|clickhouse|cassandra|neo4j|rabbitmq|amqp|couchdb|influxdb|elasticsearch|snowflake|production|staging)[A-Za-z0-9_-]{0,20}`,
      '(?:db_?|root_?|admin_?)?password',
    ),
    post: [...PASSWORD_CHECKS, isDefaultDbPassword],
    precedence: -1,
    companions: DB_COMPANIONS,
    examples: {
      positive: [
        `production:\n  adapter: postgresql\n  host: pg-prod.internal\n  username: app\n  password: «${pw('yp1')}»\n  database: app_production`,
        `spring:\n  datasource:\n    url: jdbc:postgresql://pg.internal:5432/orders\n    username: orders\n    password: "«${pw('yp2')}»"`,
      ],
      negative: [`production:\n  adapter: postgresql\n  password: <%= ENV['DATABASE_PASSWORD'] %>`, `database:\n  password: \${DB_PASSWORD}`, `datasource:\n  password: changeme`],
    },
    guide: dbGuide('Access to the database with that user\'s rights.', rotateDbUser),
  },
  {
    id: 'database.cli-password',
    title: 'Database password on a client command line',
    kind: 'specific',
    keywords: ['mysql', 'mariadb', 'mongo', 'redis-cli', 'sqlcmd', 'bcp '],
    keywordScope: 'line',
    // `mysql -uroot -pS3cret` (attached: a detached `-p x` means "prompt, database x"), `--password=…`,
    // `mongosh -p …`, `redis-cli -a …`, `sqlcmd -P …` (each client's man page).
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(?:(?:mysql|mariadb|mysqldump|mysqladmin|mariadb-dump|mysqlimport|mysqlsh)\b[^\r\n|;&]{0,200}?[ \t](?:-p|--password=)` +
        String.raw`|(?:mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)\b[^\r\n|;&]{0,200}?[ \t](?:-p|--password)[ \t=]+` +
        String.raw`|redis-cli\b[^\r\n|;&]{0,200}?[ \t](?:-a|--pass)[ \t]+|(?:sqlcmd|bcp)\b[^\r\n|;&]{0,200}?[ \t]-P[ \t]+)` +
        '(?<_q>["\']?)(?<secret>[^\\s"\'`$-][^\\s"\'`]{2,127})',
    ),
    post: [...PASSWORD_CHECKS, isDefaultDbPassword, ({ value, groups }) => (groups._q && !value.endsWith(groups._q) && /["']$/.test(value) ? 'unbalanced quote' : undefined)],
    examples: {
      positive: [`mysqldump -h db.prod.internal -u backup -p«${pw('cl1')}» shop > shop.sql`, `mongosh "mongodb+srv://cluster0.ab1cd.mongodb.net/prod" --username api --password «${pw('cl2')}»`, `redis-cli -h cache.prod.internal -a '«${pw('cl3')}»' INFO`],
      negative: ['mysql -u root -p shop', 'mysql -u root -p$MYSQL_ROOT_PASSWORD', 'redis-cli -a "$REDIS_PASSWORD" ping', 'mysql -uroot -proot'],
    },
    guide: dbGuide('Access to the database with that user\'s rights; command lines also end up in shell history, CI logs and process lists.', rotateDbUser),
  },
  {
    id: 'smtp.credentials',
    title: 'SMTP password (with mail host / user nearby)',
    kind: 'specific',
    keywords: ['mail_pass', 'mail.pass', 'mailpass', 'mail-pass', 'mail_pwd', 'smtp_pass', 'smtp.pass', 'smtppass', 'smtp-pass', 'smtp_pwd', 'smtp_auth_pass', 'email_pass', 'email.pass', 'email_host_pass', 'emailpass', 'mailer_pass', 'mailer.pass', 'smtp_user_pass', 'mail_smtp_pass', 'sendmail_pass'],
    keywordScope: 'line',
    // `MAIL_PASSWORD` (Laravel), `EMAIL_HOST_PASSWORD` (Django), `spring.mail.password`, `smtp_auth_password`
    // (Alertmanager), `SMTP_PASS`; host and user become parts (ENGINE.md: SMTP host + user + password).
    pattern: secretAssignment(ciFragment('(?:mail|smtp|email(?:_host)?|mailer|sendmail|smtp_auth|smtp_user|mail_smtp|postfix|relay)[_.-]?(?:pass(?:word|wd)?|pwd)'), { min: 4, max: 200 }),
    post: [...PASSWORD_CHECKS, isAboutThePassword],
    // email.ts's smtp.password reports the lone setting; this one only fires with the host or user
    // beside it, and then wins de-duplication with more parts.
    requireCompanion: true,
    companions: [
      companion('host', 'host(?:name)?|server|smarthost|relay|address', HOST_VALUE, 6, '(?:mail|smtp|email|mailer|spring\\.mail)'),
      companion('username', 'user(?:name)?|login|auth_username|host_user|from', USER_VALUE, 6, '(?:mail|smtp|email|mailer|spring\\.mail)'),
      companion('port', 'port', String.raw`\d{2,5}`, 6, '(?:mail|smtp|email|mailer|spring\\.mail)'),
    ],
    examples: {
      positive: [
        `MAIL_MAILER=smtp\nMAIL_HOST=smtp.office365.com\nMAIL_PORT=587\nMAIL_USERNAME=noreply@acme.io\nMAIL_PASSWORD=«${pw('sc1')}»`,
        `EMAIL_HOST = "smtp.gmail.com"\nEMAIL_HOST_USER = "alerts@acme.io"\nEMAIL_HOST_PASSWORD = "«${fake(alphabet('a-z'), 16, 'gmail-app')}»"`,
        `spring.mail.host=smtp.eu.mailgun.org\nspring.mail.password=«${pw('sc3')}»`,
        `global:\n  smtp_smarthost: 'smtp.sendgrid.net:587'\n  smtp_auth_username: 'apikey'\n  smtp_auth_password: '«${pw('sc4')}»'`,
      ],
      negative: ['MAIL_PASSWORD=null', 'MAIL_PASSWORD=${MAIL_PASSWORD}', 'EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD")', 'MAIL_PASSWORD=<mail password>', 'SMTP_PASSWORD_FILE=/run/secrets/smtp'],
    },
    guide: dbGuide('Send mail as your domain through that server (phishing that passes SPF/DKIM) and, for mailbox accounts, read the mailbox.', 'Change the mailbox/SMTP password or revoke the app password / SMTP credential at the provider (Google: App passwords; Microsoft 365: reset; Mailgun/SendGrid: delete the SMTP credential or API key).'),
  },
  {
    id: 'smtp.yaml-password',
    title: 'SMTP password in a YAML mail section',
    kind: 'specific',
    keywords: ['password:'],
    pattern: yamlNested(String.raw`(?:smtp|mail|mailer|email|smtp_settings|action_mailer)`, 'password', { max: 200 }),
    post: [...PASSWORD_CHECKS],
    precedence: -1,
    companions: [companion('host', 'host(?:name)?|server|address', HOST_VALUE, 6, ''), companion('username', 'user(?:name)?|user_name|login', USER_VALUE, 6, '')],
    examples: {
      positive: [`spring:\n  mail:\n    host: smtp.office365.com\n    username: billing@acme.io\n    password: «${pw('sy1')}»`],
      negative: [`mail:\n  password: \${MAIL_PASSWORD}`, `smtp:\n  password: ""`],
    },
    guide: dbGuide('Send mail as your domain through that server and, for mailbox accounts, read the mailbox.', 'Change the SMTP password or revoke the app password / SMTP credential at the mail provider.'),
  },
  {
    id: 'kafka.sasl-jaas-password',
    title: 'Kafka SASL JAAS config with password',
    kind: 'specific',
    keywords: ['loginmodule'],
    keywordScope: 'line',
    // `sasl.jaas.config=…PlainLoginModule required username="…" password="…";` (Kafka docs, SASL/PLAIN, SCRAM).
    pattern: /LoginModule[ \t]+required[^;\r\n]{0,300}?(?<![A-Za-z0-9_])password[ \t]*=[ \t]*\\?["'](?<secret>[^"'\\\r\n]{1,200})\\?["']/,
    post: [...PASSWORD_CHECKS],
    companions: [{ name: 'username', pattern: /(?<![A-Za-z0-9_])username[ \t]*=[ \t]*\\?["'](?<value>[^"'\\\r\n]{1,128})\\?["']/, withinLines: 0 }],
    examples: {
      positive: [`sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${fake(alphabet('A-Z0-9'), 16, 'ck')}" password="«${fake(alphabet('A-Za-z0-9+/'), 64, 'cs')}»";`],
      negative: ['sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{{ CLUSTER_API_KEY }}" password="{{ CLUSTER_API_SECRET }}";', 'sasl.jaas.config=...ScramLoginModule required username="alice" password="<secret>";'],
    },
    guide: dbGuide('Produce to and consume from the Kafka cluster as that principal (Confluent Cloud: an API key with its ACLs).', 'Confluent Cloud → API keys → delete the key and create a new one; self-managed: change the SCRAM credential (`kafka-configs --alter --delete-config SCRAM-SHA-512`) or the PLAIN JAAS file.', 'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/manage-api-keys.html'),
  },
  {
    id: 'kafka.sasl-password',
    title: 'Kafka SASL password setting',
    kind: 'specific',
    keywords: ['sasl.pass', 'sasl_pass', 'sasl-pass', 'saslpass', 'kafka_pass', 'kafka.pass', 'kafka_sasl_pass'],
    keywordScope: 'line',
    // librdkafka `sasl.password`, Spring `spring.kafka.properties.sasl.password`, env `KAFKA_SASL_PASSWORD`.
    pattern: secretAssignment(ciFragment('(?:sasl|kafka(?:_sasl)?)[_.-]?pass(?:word)?'), { max: 200 }),
    post: [...PASSWORD_CHECKS, isAboutThePassword],
    companions: [{ name: 'username', pattern: /(?:sasl|kafka)[_.-]?(?:user(?:name)?|api[_.-]?key)["']?[ \t]*[:=][ \t]*["']?(?<value>[A-Za-z0-9_.@-]{1,128})/i, withinLines: 4 }],
    examples: {
      positive: [`bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092\nsasl.username=${fake(alphabet('A-Z0-9'), 16, 'ck2')}\nsasl.password=«${fake(alphabet('A-Za-z0-9+/'), 64, 'cs2')}»`],
      negative: ['sasl.password=${KAFKA_PASSWORD}', 'KAFKA_SASL_PASSWORD=<api-secret>'],
    },
    guide: dbGuide('Produce to and consume from the Kafka cluster as that principal.', 'Confluent Cloud → API keys → delete and recreate; self-managed: rotate the SCRAM/PLAIN credential.'),
  },
  {
    id: 'confluent.api-secret',
    title: 'Confluent Cloud API secret',
    kind: 'specific',
    keywords: ['confluent', 'ccloud'],
    keywordScope: 'line',
    // Secret: 64 chars [A-Za-z0-9+/]; key: 16 [A-Z0-9] (CREDENTIAL-FORMATS.md §8, confluent.api_secret).
    pattern: secretAssignment(ciFragment('(?:confluent|ccloud)(?:_cloud)?[_.-]?(?:api[_.-]?|cluster[_.-]?|kafka[_.-]?|schema[_.-]?registry[_.-]?)?(?:secret|password)'), { min: 64, max: 64, value: '[A-Za-z0-9+/]' }),
    post: [...PASSWORD_CHECKS],
    minEntropy: 4,
    companions: [{ name: 'api_key', pattern: /(?:confluent|ccloud|kafka|api)[A-Za-z0-9_.-]{0,30}key["']?[ \t]*[:=][ \t]*["']?(?<value>[A-Z0-9]{16})(?![A-Za-z0-9])/i, withinLines: 4 }],
    examples: {
      positive: [`CONFLUENT_API_KEY=${fake(alphabet('A-Z0-9'), 16, 'ck3')}\nCONFLUENT_API_SECRET=«${fake(alphabet('A-Za-z0-9+/'), 64, 'cs3')}»`],
      negative: ['CONFLUENT_API_SECRET=${CONFLUENT_API_SECRET}', `CONFLUENT_API_KEY=${fake(alphabet('A-Z0-9'), 16, 'ck4')}`],
    },
    guide: dbGuide('Acts as the API key\'s owner on the Confluent Cloud cluster or organisation (produce, consume, manage topics, depending on its scope).', 'Confluent Cloud → Administration → API keys → delete the key; create a new one for the service account.', 'https://confluent.cloud/settings/api-keys'),
  },
  {
    id: 'confluent.api-key-pair',
    title: 'Confluent Cloud API key and secret literals',
    kind: 'specific',
    keywords: ['confluent', 'sasl', 'kafka'],
    // A 16-char key id followed by its 64-char secret as two adjacent string literals, whatever the
    // names: `{:plain, "KEY", "SECRET"}` (brod / Elixir), `("KEY", "SECRET")` tuples, arrays.
    pattern: /["'`](?<api_key>[A-Z0-9]{16})["'`][ \t]*(?:,|=>|:)\s{0,40}["'`](?<secret>[A-Za-z0-9+/]{64})["'`]/,
    post: [({ groups }) => (/[A-Z]/.test(groups.api_key ?? '') && /[0-9]/.test(groups.api_key ?? '') ? undefined : 'key id is not a Confluent key')],
    minEntropy: 4.5,
    examples: {
      positive: [`# Confluent Cloud service account\n@sasl {:plain, "${fake(alphabet('A-Z0-9'), 16, 'ckp')}",\n       "«${fake(alphabet('A-Za-z0-9+/'), 64, 'csp')}»"}`],
      negative: [`kafka sasl {:plain, "${fake(alphabet('A-Z'), 16, 'ckn')}", "${'a'.repeat(64)}"}`],
    },
    guide: dbGuide('Acts as the API key\'s owner on the Confluent Cloud cluster (produce, consume, manage topics, depending on its scope).', 'Confluent Cloud → Administration → API keys → delete the key; create a new one for the service account.', 'https://confluent.cloud/settings/api-keys'),
  },
  {
    id: 'databricks.access-token',
    title: 'Databricks personal access token',
    kind: 'specific',
    keywords: ['dapi'],
    // `dapi` + 32 hex, optionally `-N` (Databricks PAT format; CREDENTIAL-FORMATS.md).
    pattern: prefixedToken('dapi', HEX, 32, '(?:-\\d{1,2})?'),
    minEntropy: 3,
    examples: {
      positive: [`DATABRICKS_TOKEN=«dapi${fake(HEX, 32, 'dbx1')}»`, `databricks configure --token <<< "«dapi${fake(HEX, 32, 'dbx2')}-2»"`],
      negative: ['DATABRICKS_TOKEN=dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'the dapi prefix marks Databricks tokens', `dapi${fake(HEX, 20, 'short')}`],
    },
    guide: {
      grants: 'Acts as the user on the Databricks workspace: read data in Unity Catalog / DBFS, run jobs and clusters (cost), change notebooks.',
      revoke: 'Workspace → User settings → Developer → Access tokens → Revoke; admins can revoke any token via the Token Management API.',
      url: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
      store,
    },
  },
  ...(
    [
      ['planetscale.password', 'PlanetScale database password', 'pscale_pw_', 'Connects to the PlanetScale branch with that password\'s role (read, write or admin).', 'PlanetScale → database → branch → Settings → Passwords → delete the password.'],
      ['planetscale.service-token', 'PlanetScale service token', 'pscale_tkn_', 'Calls the PlanetScale API with the service token\'s database permissions (create branches, deploy requests, passwords).', 'PlanetScale → Organization settings → Service tokens → delete the token.'],
      ['planetscale.oauth-token', 'PlanetScale OAuth token', 'pscale_oauth_', 'Calls the PlanetScale API as the user who authorised the OAuth application.', 'Revoke the OAuth application\'s access in PlanetScale → Settings → OAuth applications.'],
    ] as const
  ).map(
    ([id, title, prefix, grants, revoke]): Detector => ({
      id,
      title,
      kind: 'specific',
      keywords: [prefix],
      // `pscale_pw_` / `pscale_tkn_` / `pscale_oauth_` + 32–64 [A-Za-z0-9_=.-] (current passwords: 43).
      pattern: prefixedToken(prefix, alphabet('A-Za-z0-9_=.-'), [32, 64]),
      minEntropy: 3.5,
      examples: { positive: [`DATABASE_PASSWORD=«${prefix}${fake(alphabet('A-Za-z0-9_-'), 43, id)}»`], negative: [`${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, `${prefix}${fake(B62, 12, 'short')}`] },
      guide: { grants, revoke, url: 'https://planetscale.com/docs/concepts/connection-strings', store },
    }),
  ),
  {
    id: 'neon.api-key',
    title: 'Neon API key',
    kind: 'specific',
    keywords: ['napi_'],
    // `napi_` + 64 [a-z0-9] (unverified: accept 60–80).
    pattern: prefixedToken('napi_', LOWER_DIGITS, [60, 80]),
    minEntropy: 3.5,
    examples: { positive: [`NEON_API_KEY=«napi_${fake(LOWER_DIGITS, 64, 'neon')}»`], negative: ['NEON_API_KEY=napi_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `napi_${fake(LOWER_DIGITS, 20, 'short')}`] },
    guide: { grants: 'Manages the Neon account\'s projects through the API: create and delete databases and branches, read connection strings and reset passwords.', revoke: 'Neon Console → Account settings → API keys → Revoke.', url: 'https://console.neon.tech/app/settings/api-keys', store },
  },
  {
    id: 'mongodb.atlas-service-account-secret',
    title: 'MongoDB Atlas service account client secret',
    kind: 'specific',
    keywords: ['mdb_sa_sk_'],
    // `mdb_sa_sk_` + 40 [A-Za-z0-9_-]; the client id `mdb_sa_id_` is not secret.
    pattern: prefixedToken('mdb_sa_sk_', alphabet('A-Za-z0-9_-'), [40, 64]),
    minEntropy: 3.5,
    companions: [{ name: 'client_id', pattern: /(?<value>mdb_sa_id_[0-9a-f]{24})/, withinLines: 4 }],
    examples: { positive: [`MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${fake(HEX, 24, 'mid')}\nMONGODB_ATLAS_CLIENT_SECRET=«mdb_sa_sk_${fake(alphabet('A-Za-z0-9_-'), 40, 'msk')}»`], negative: [`MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${fake(HEX, 24, 'mid2')}`] },
    guide: { grants: 'Calls the Atlas Administration API as the service account: manage clusters, database users and network access of the organisation/projects it belongs to.', revoke: 'Atlas → Organization → Access Manager → Service Accounts → the account → revoke the secret.', url: 'https://www.mongodb.com/docs/atlas/api/service-accounts-overview/', store },
  },
  {
    id: 'mongodb.atlas-api-private-key',
    title: 'MongoDB Atlas programmatic API private key',
    kind: 'specific',
    keywords: ['atlas'],
    keywordScope: 'line',
    // Public key 8 [a-z] (not secret) + private key UUID (digest auth); CREDENTIAL-FORMATS.md §8.
    pattern: secretAssignment(ciFragment('(?:mongodb_?)?atlas[_.-]?(?:api[_.-]?)?private[_.-]?key'), { min: 36, max: 36, value: '[0-9a-fA-F-]' }),
    post: [({ value }) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? undefined : 'not a UUID')],
    companions: [{ name: 'public_key', pattern: /atlas[_.-]?(?:api[_.-]?)?public[_.-]?key["']?[ \t]*[:=][ \t]*["']?(?<value>[a-z]{8})(?![a-z])/i, withinLines: 4 }],
    examples: { positive: [`MONGODB_ATLAS_PUBLIC_KEY=${fake(alphabet('a-z'), 8, 'apk')}\nMONGODB_ATLAS_PRIVATE_KEY=«${fakeUuid('atlas')}»`], negative: ['MONGODB_ATLAS_PRIVATE_KEY=${ATLAS_PRIVATE_KEY}'] },
    guide: { grants: 'Calls the Atlas Administration API with the key\'s organisation/project roles: manage clusters, users, backups and network access.', revoke: 'Atlas → Organization → Access Manager → API Keys → delete the key.', url: 'https://www.mongodb.com/docs/atlas/configure-api-access/', store },
  },
  {
    id: 'datastax.astra-token',
    title: 'DataStax Astra DB application token',
    kind: 'specific',
    keywords: ['astracs:'],
    // `AstraCS:` + 24 [A-Za-z] + `:` + 64 hex.
    pattern: /(?<![A-Za-z0-9_])(?<secret>AstraCS:[A-Za-z]{24}:[0-9a-f]{64})(?![0-9a-f])/,
    minEntropy: 3.5,
    examples: { positive: [`ASTRA_DB_APPLICATION_TOKEN=«AstraCS:${fake(alphabet('A-Za-z'), 24, 'as1')}:${fake(HEX, 64, 'as2')}»`], negative: ['ASTRA_DB_APPLICATION_TOKEN=AstraCS:xxxxxxxxxxxxxxxxxxxxxxxx:0000000000000000000000000000000000000000000000000000000000000000'] },
    guide: { grants: 'Reads and writes the Astra databases (Cassandra / vector) with the token\'s role, and may manage the organisation.', revoke: 'Astra Portal → Settings → Tokens → revoke the token.', url: 'https://docs.datastax.com/en/astra-db-serverless/administration/manage-application-tokens.html', store },
  },
  {
    id: 'clickhouse.cloud-api-secret',
    title: 'ClickHouse Cloud API key secret',
    kind: 'specific',
    keywords: ['4b1d'],
    keywordScope: 'line',
    // `4b1d` + 38 [A-Za-z0-9] (42 total); key id 20 [A-Za-z0-9].
    pattern: prefixedToken('4b1d', B62, 38),
    post: [({ value }) => (/^[0-9a-f]+$/.test(value) || !/[A-Z]/.test(value) ? 'hex/lower-case string, not a ClickHouse key' : undefined)],
    minEntropy: 4,
    examples: { positive: [`CLICKHOUSE_KEY_SECRET=«4b1d${fake(B62, 38, 'chk')}»`], negative: [`commit 4b1d${fake(HEX, 36, 'sha')}`] },
    guide: { grants: 'Calls the ClickHouse Cloud API with the key\'s role: manage services, IP access lists and backups.', revoke: 'ClickHouse Cloud console → Organization → API keys → delete the key.', url: 'https://clickhouse.com/docs/cloud/manage/openapi', store },
  },
  {
    id: 'upstash.redis-rest-token',
    title: 'Upstash Redis REST token',
    kind: 'specific',
    keywords: ['upstash'],
    keywordScope: 'line',
    // ~60–90 [A-Za-z0-9=] starting `A` (unverified) assigned to an Upstash name.
    pattern: secretAssignment(ciFragment('upstash[_.-]?(?:redis[_.-]?)?(?:rest[_.-]?)?(?:readonly[_.-]?)?token'), { min: 40, max: 160, value: '[A-Za-z0-9_=-]' }),
    post: [({ value }) => (value.startsWith('A') ? undefined : 'Upstash tokens start with A')],
    minEntropy: 4,
    examples: { positive: [`UPSTASH_REDIS_REST_TOKEN=«AX${fake(B62, 70, 'up')}=»`], negative: ['UPSTASH_REDIS_REST_TOKEN=${UPSTASH_TOKEN}', 'UPSTASH_REDIS_REST_URL=https://eu1-stable-puma-31337.upstash.io'] },
    guide: { grants: 'Reads and writes (or, for read-only tokens, reads) every key of the Upstash Redis database over REST.', revoke: 'Upstash console → database → Details → Reset password (rotates the REST token).', url: 'https://console.upstash.com', store },
  },
  {
    id: 'fauna.secret',
    title: 'Fauna database secret',
    kind: 'specific',
    keywords: ['fauna'],
    keywordScope: 'line',
    // `fn` + ~38 [A-Za-z0-9_-] (unverified) with Fauna context.
    pattern: secretAssignment(ciFragment('fauna(?:db)?[_.-]?(?:admin[_.-]?|server[_.-]?)?(?:secret|key|token)'), { min: 30, max: 80, value: '[A-Za-z0-9_-]' }),
    post: [({ value }) => (value.startsWith('fn') ? undefined : 'Fauna secrets start with fn')],
    minEntropy: 3.5,
    examples: { positive: [`FAUNA_SECRET=«fnA${fake(alphabet('A-Za-z0-9_-'), 37, 'fauna')}»`], negative: ['FAUNA_SECRET=${FAUNA_SECRET}'] },
    guide: { grants: 'Reads and writes the Fauna database with the key\'s role (admin keys manage child databases).', revoke: 'Fauna dashboard → database → Keys → delete the key.', store },
  },
  {
    id: 'turso.auth-token',
    title: 'Turso / libSQL auth token',
    kind: 'specific',
    keywords: ['turso', 'libsql'],
    keywordScope: 'line',
    // EdDSA JWT assigned to a Turso/libSQL name; beats the generic JWT detector.
    pattern: secretAssignment(ciFragment('(?:turso|libsql)[_.-]?(?:db[_.-]?|database[_.-]?|group[_.-]?|api[_.-]?|platform[_.-]?)?(?:auth[_.-]?)?token'), { min: 40, max: 2000, value: '[A-Za-z0-9_.-]' }),
    post: [({ value }) => (/^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(value) ? undefined : 'not a JWT')],
    examples: { positive: [`TURSO_AUTH_TOKEN=«${fakeJwtLike('turso', { alg: 'EdDSA', typ: 'JWT' }, { a: 'rw', id: fakeUuid('turso-db') })}»`], negative: ['TURSO_AUTH_TOKEN=${TURSO_AUTH_TOKEN}', 'TURSO_DATABASE_URL=libsql://orders-acme.turso.io'] },
    guide: { grants: 'Reads (and, for full-access tokens, writes) the Turso database or group.', revoke: '`turso db tokens invalidate <db>` (or `turso group tokens invalidate`), which rotates the signing key.', url: 'https://docs.turso.tech/cli/db/tokens/invalidate', store },
  },
  {
    id: 'snowflake.password',
    title: 'Snowflake password',
    kind: 'specific',
    keywords: ['snowflake', 'snowsql'],
    keywordScope: 'line',
    pattern: secretAssignment(ciFragment('(?:snowflake|snowsql)[_.-]?(?:user[_.-]?|account[_.-]?)?(?:pass(?:word)?|pwd)')),
    post: [...PASSWORD_CHECKS, isAboutThePassword],
    companions: [companion('username', 'user(?:name)?|login', USER_VALUE, 6, '(?:snowflake|snowsql)'), companion('account', 'account', String.raw`[A-Za-z0-9_.-]{3,128}`, 6, '(?:snowflake|snowsql)')],
    examples: { positive: [`SNOWFLAKE_ACCOUNT=xy12345.eu-west-1\nSNOWFLAKE_USER=LOADER\nSNOWFLAKE_PASSWORD=«${pw('sfp')}»`], negative: ['SNOWFLAKE_PASSWORD=${{ secrets.SNOWFLAKE_PASSWORD }}', 'SNOWFLAKE_PASSWORD='] },
    guide: dbGuide('Query and modify the Snowflake account\'s data with that user\'s roles, and spend its warehouse credits.', '`ALTER USER name SET PASSWORD = \'…\'` (or disable the user); prefer key-pair or OAuth authentication for services.', 'https://docs.snowflake.com/en/user-guide/admin-user-management'),
  },
  {
    id: 'elasticsearch.password',
    title: 'Elasticsearch / OpenSearch password',
    kind: 'specific',
    keywords: ['elastic', 'kibana', 'opensearch'],
    keywordScope: 'line',
    // `ELASTIC_PASSWORD` (docker image), `elasticsearch.password` (kibana.yml), `OPENSEARCH_INITIAL_ADMIN_PASSWORD`.
    pattern: secretAssignment(ciFragment('(?:elastic(?:search)?|kibana|opensearch)[_.-]?(?:initial[_.-]?)?(?:admin[_.-]?|system[_.-]?|user[_.-]?)?(?:pass(?:word)?|pwd)')),
    post: [...PASSWORD_CHECKS, isAboutThePassword, isDefaultDbPassword],
    companions: [companion('username', 'user(?:name)?', USER_VALUE, 4, '(?:elastic(?:search)?|kibana|opensearch)')],
    examples: { positive: [`ELASTIC_PASSWORD=«${pw('elp')}»`, `elasticsearch.username: "kibana_system"\nelasticsearch.password: "«${pw('elk')}»"`], negative: ['ELASTIC_PASSWORD=changeme', 'elasticsearch.password: ${ES_PASSWORD}'] },
    guide: dbGuide('Read, write and delete the cluster\'s indices with that user\'s roles (`elastic` is the superuser).', 'Reset the password (`bin/elasticsearch-reset-password -u <user>` or Kibana → Stack Management → Users); Elastic Cloud: reset in the deployment console.'),
  },
  {
    id: 'couchbase.password',
    title: 'Couchbase password',
    kind: 'specific',
    keywords: ['couchbase'],
    keywordScope: 'line',
    pattern: secretAssignment(ciFragment('couchbase[_.-]?(?:bucket[_.-]?|admin(?:istrator)?[_.-]?|rbac[_.-]?)?(?:pass(?:word)?|pwd)')),
    post: [...PASSWORD_CHECKS, isAboutThePassword, isDefaultDbPassword],
    companions: [companion('username', 'user(?:name)?', USER_VALUE, 4, '(?:couchbase)'), companion('host', 'host|connection_?string|cluster', String.raw`[A-Za-z0-9][A-Za-z0-9_.:/-]{0,252}`, 4, '(?:couchbase)')],
    examples: { positive: [`COUCHBASE_CONNECTION_STRING=couchbases://cb.ab12cd.cloud.couchbase.com\nCOUCHBASE_USERNAME=api\nCOUCHBASE_PASSWORD=«${pw('cbp')}»`], negative: ['COUCHBASE_PASSWORD=password', 'COUCHBASE_PASSWORD=${CB_PASS}'] },
    guide: dbGuide('Read and write the Couchbase buckets that user can reach.', 'Couchbase Capella → Cluster → Settings → Cluster Access → edit credentials; self-managed: Security → Users → reset password.'),
  },
  {
    id: 'neo4j.auth',
    title: 'Neo4j NEO4J_AUTH user/password',
    kind: 'specific',
    keywords: ['neo4j_auth'],
    keywordScope: 'line',
    // The official image's `NEO4J_AUTH=<user>/<password>` (or `none`).
    pattern: /(?<![A-Za-z0-9_])NEO4J_AUTH["']?[ \t]*[:=][ \t]*["']?(?<username>[A-Za-z0-9_]{1,64})\/(?<secret>[^\s"'`]{3,128})/i,
    post: [...PASSWORD_CHECKS, isDefaultDbPassword, isLocalDevDefault],
    examples: { positive: [`NEO4J_AUTH=neo4j/«${pw('n4a')}»`], negative: ['NEO4J_AUTH=none', 'NEO4J_AUTH=neo4j/neo4j', 'NEO4J_AUTH=neo4j/password', 'NEO4J_AUTH=neo4j/${NEO4J_PASSWORD}'] },
    guide: dbGuide('Read and write the whole graph as the `neo4j` admin user.', 'Change the password (`ALTER CURRENT USER SET PASSWORD FROM … TO …` or `neo4j-admin dbms set-initial-password` on a fresh store) and update clients.'),
  },
  {
    id: 'ldap.bind-password',
    title: 'LDAP bind password',
    kind: 'specific',
    keywords: ['bind_pass', 'bindpass', 'bind-pass', 'bind.pass', 'bind_pw', 'bindpw', 'bind_credential', 'bindcredential', 'ldap_pass', 'ldap.pass', 'ldap-pass', 'ldappass', 'ldap_admin_pass', 'ldap_config_pass', 'ldap_root_pass', 'ldap_bind', 'ldap.manager', 'ldap_manager', 'spring.ldap.password', 'ldap_pwd'],
    keywordScope: 'line',
    // `bindPassword` (many LDAP clients), `LDAP_BIND_PASSWORD`, `ldap.manager-password`, osixia/openldap `LDAP_ADMIN_PASSWORD`.
    pattern: secretAssignment(ciFragment('(?:ldap[_.-]?)?bind[_.-]?(?:dn[_.-]?)?(?:pass(?:word)?|pw|credentials?)|ldap[_.-]?(?:admin[_.-]?|config[_.-]?|root[_.-]?|manager[_.-]?|bind[_.-]?|service[_.-]?)?(?:pass(?:word)?|pwd)')),
    post: [...PASSWORD_CHECKS, isAboutThePassword, ({ value }) => (/^(?:admin|config|secret|ldap)$/i.test(value) ? 'default LDAP image password' : undefined)],
    companions: [{ name: 'username', pattern: /(?:bind[_.-]?dn|ldap[_.-]?(?:bind[_.-]?)?(?:user(?:name)?|dn)|manager[_.-]?dn)["']?[ \t]*[:=][ \t]*["']?(?<value>[^"'\r\n]{3,200}?)["']?[ \t]*$/im, withinLines: 4 }],
    examples: { positive: [`LDAP_BIND_DN=cn=svc-gitlab,ou=services,dc=corp,dc=acme,dc=io\nLDAP_BIND_PASSWORD=«${pw('ldp')}»`, `  bindPassword: "«${pw('ldq')}»"`], negative: ['LDAP_ADMIN_PASSWORD=admin', 'bindPassword: ${LDAP_BIND_PASSWORD}'] },
    guide: dbGuide('Binds to the directory as that service account: read (often all) users and groups, and write where its ACLs allow.', 'Change the service account\'s password in the directory (e.g. `ldappasswd` or Active Directory Users and Computers → Reset Password) and update the applications that bind with it.'),
  },
  {
    id: 'postgres.pgpass',
    title: 'PostgreSQL .pgpass entry',
    kind: 'specific',
    // A .pgpass file holds only entries: no keyword, the file name decides.
    keywords: [],
    paths: /(?:^|[/\\])(?:\.pgpass|pgpass\.conf)$/i,
    // `.pgpass` lines: `hostname:port:database:username:password` (PostgreSQL docs, 34.16).
    pattern: /(?<=^|\n)(?<host>[^:\s#"']{1,253}):(?:\*|\d{1,5}):[^:\s"']{1,128}:(?<username>[^:\s"']{1,128}):(?<secret>[^\s"']{1,200})(?=\r?\n|$)/,
    post: [
      ...URI_PASSWORD_CHECKS,
      isDefaultDbPassword,
    ],
    examples: {
      positive: [{ text: `pg-prod.internal:5432:billing:billing:«${pw('pgp1')}»\n*:*:*:replicator:${pw('pgp2')}`, path: 'home/deploy/.pgpass' }, { text: `*:*:*:replicator:«${pw('pgp3')}»\n`, path: 'C:\\Users\\ops\\AppData\\Roaming\\postgresql\\pgpass.conf' }],
      negative: [{ text: '*:*:*:postgres:postgres', path: '.pgpass' }, { text: `pg-prod.internal:5432:billing:billing:${pw('pgp4')}`, path: 'notes.txt' }],
    },
    guide: dbGuide('Logs in to the listed PostgreSQL servers as those roles without a prompt.', rotateDbUser),
  },
  {
    id: 'mysql.my-cnf',
    title: 'MySQL option file password (.my.cnf)',
    kind: 'specific',
    keywords: ['password'],
    keywordScope: 'line',
    paths: /(?:^|[/\\])(?:\.?my\.cnf|[^/\\]*\.cnf|\.mylogin\.cnf|\.?my\.ini)$/i,
    // `[client]` / `[mysqldump]` sections of option files: `password = …` (MySQL docs, "Using option files").
    pattern: secretAssignment(ciFragment('password'), { prefix: false }),
    post: [
      requireNearby(/^\s*\[(?:client|mysql|mysqldump|mysqladmin|mysqld|mariadb|mariadb-client|client-server|client-mariadb|mysqlimport|mysqlshow)\]/im, 20, 'no client section'),
      ...PASSWORD_CHECKS,
      isDefaultDbPassword,
    ],
    companions: [{ name: 'username', pattern: /^\s*user\s*=\s*["']?(?<value>[^\s"']{1,64})/m, withinLines: 6 }, { name: 'host', pattern: /^\s*host\s*=\s*["']?(?<value>[^\s"']{1,253})/m, withinLines: 6 }],
    examples: {
      positive: [{ text: `[client]\nuser = backup\npassword = «${pw('cnf')}»\nhost = mysql-prod.internal`, path: 'home/backup/.my.cnf' }],
      negative: [{ text: '[client]\nuser = root\npassword = root', path: '.my.cnf' }, `[client]\npassword = ${pw('cnf2')}`],
    },
    guide: dbGuide('Logs in to MySQL as that user without a prompt.', rotateDbUser),
  },
];

/** Case-insensitive regex fragment: letters become `[aA]` classes, regex syntax is kept. */
function ciFragment(fragment: string): string {
  return fragment.replace(/\[[^\]]*\]|\\.|[A-Za-z]/g, (token) => (token.length === 1 ? `[${token.toLowerCase()}${token.toUpperCase()}]` : token));
}


/** A JWT-shaped fake with the given header (fakeJwt's header parameter, kept local for clarity). */
function fakeJwtLike(salt: string, header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const part = (value: unknown) => toBase64Url(JSON.stringify(value));
  return `${part(header)}.${part(payload)}.${toBase64Url(fakeBytes(64, `jwt|${salt}`))}`;
}
