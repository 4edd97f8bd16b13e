/**
 * Passwords in SQL account statements: PostgreSQL `CREATE/ALTER USER|ROLE … [WITH] [ENCRYPTED] PASSWORD '…'`,
 * SQL Server / Snowflake `CREATE LOGIN … WITH PASSWORD = '…'`, MySQL / MariaDB / Oracle / ClickHouse
 * `IDENTIFIED BY '…'` (Oracle also unquoted or "double-quoted"), `IDENTIFIED WITH <plugin> BY '…'`,
 * MySQL `SET PASSWORD [FOR u] = '…'`, and the legacy `GRANT … IDENTIFIED BY '…'`. Found in migrations,
 * init scripts, docker-entrypoint SQL and shell/Python strings that run them.
 */
import { isNotAPassword, isPasswordHash } from '../../post-validators/generic.js';
import { defineDetector, type Detector, type PostValidator } from '../kit/index.js';

/** Statement head up to the password: bounded, never past a `;` (one statement). */
const HEAD = String.raw`(?<![A-Za-z0-9_])(?:(?:CREATE|ALTER)\s+(?:USER|ROLE|LOGIN)\b[^;]{0,200}?(?<![A-Za-z0-9_])(?:PASSWORD(?:\s*=)?|IDENTIFIED(?:\s+WITH\s+[A-Za-z0-9_]{1,40})?\s+BY)|GRANT\b[^;]{0,300}?\bIDENTIFIED\s+BY|SET\s+PASSWORD(?:\s+FOR\s+[^\s;=]{1,160})?\s*=\s*(?:PASSWORD\s*\(\s*)?)\s*`;

/**
 * The value: quoted ('…' or Oracle "…"), or — after `BY` only — an unquoted Oracle password. Group
 * `_quote` tells quoted from bare for isNotAPassword.
 */
const VALUE = String.raw`(?<_quote>['"]?)(?<secret>(?<=['"])[^'"\r\n]{1,128}(?=['"])|(?<!['"])(?<=\bBY\s{1,10})[A-Za-z][A-Za-z0-9_$#]{2,29}(?![A-Za-z0-9_$#'"]))`;

/** Oracle keywords after `IDENTIFIED BY` (`VALUES 'hash'`, `EXTERNALLY`, `GLOBALLY`) and MySQL `BY PASSWORD 'hash'`. */
const isKeywordOrBind: PostValidator = ({ value, groups }) => {
  if (!groups._quote && /^(?:VALUES|EXTERNALLY|GLOBALLY|PASSWORD|RANDOM|NULL|DEFAULT)$/i.test(value)) return 'SQL keyword, not a password';
  if (/^(?::[A-Za-z_]\w*|\?|\$\d+|@[A-Za-z_]\w*|&{1,2}[A-Za-z_]\w*\.?)$/.test(value)) return 'bind variable or substitution';
  if (/%[sd(]|\{\d*\}|\{[A-Za-z_]\w*\}/.test(value)) return 'format string';
  return undefined;
};

/** Descriptions written in place of the password: `YourPwdShouldBeLongAndSecure!`, `my_db_password`, `new-secret`. */
const isDescribedPassword: PostValidator = ({ value }) =>
  /^(?:your|my|some|the|a|enter|insert|new|strong)[-_ ]?(?:[A-Za-z]{1,12}[-_ ]?){0,2}(?:password|passwd|pass|pwd|secret)/i.test(value)
    ? 'description of the password, not one'
    : undefined;

/** MySQL's `*<40 hex>` native-password hash and `md5<32 hex>` / `SCRAM-SHA-256$…` PostgreSQL hashes. */
const isSqlPasswordHash: PostValidator = ({ value }) =>
  /^\*[0-9A-Fa-f]{40}$|^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$/.test(value) ? 'password hash' : undefined;

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sql.user-password',
    title: 'Password in a SQL CREATE/ALTER USER, IDENTIFIED BY or SET PASSWORD statement',
    keywords: ['password', 'identified'],
    scope: 'document',
    pattern: () => new RegExp(HEAD + VALUE, 'i'),
    post: [isKeywordOrBind, isDescribedPassword, isSqlPasswordHash, isPasswordHash, isNotAPassword],
    guide: {
      grants:
        'Logs in to the database as that account with its privileges (often an application owner or an admin created by an init script).',
      revoke:
        "Change the password (`ALTER USER … PASSWORD` / `ALTER USER … IDENTIFIED BY` with a new secret, or `ALTER LOGIN … WITH PASSWORD`), update the applications, and review the account's recent sessions; set the password from a variable at deploy time instead of in the script.",
      url: 'https://www.postgresql.org/docs/current/sql-alterrole.html',
      store:
        "Pass the password to init scripts at run time (psql `:'var'` variables, `MYSQL_PASSWORD_FILE`, a secret manager) and commit only the statement with a placeholder.",
    },
  }),
];
