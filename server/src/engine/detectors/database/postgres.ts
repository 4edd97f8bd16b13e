/**
 * PostgreSQL credentials: connection URIs, libpq keyword/value strings and `.pgpass` entries
 * (CREDENTIAL-FORMATS.md §8). The highlight is always the password alone; user, host and port become parts
 * (ENGINE.md "Multi-match and multi-line secrets").
 */
import {
  PASSWORD_CHECKS,
  ROTATE_DB_USER,
  URI_PASSWORD_CHECKS,
  dbGuide,
  defineDetector,
  isDefaultDbPassword,
  sameWordOnLocalHost,
  uri,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'postgres.uri',
    title: 'PostgreSQL connection URI with password',
    schemes: 'postgres(?:ql)?|pgsql|psql|postgis|timescaledb|cockroachdb|redshift',
    keywords: ['postgres', 'pgsql', 'psql://', 'postgis', 'timescaledb', 'cockroachdb', 'redshift'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide(
      'Full access to the PostgreSQL database as that role: read and change every table the role can reach.',
      `${ROTATE_DB_USER} In SQL: \`ALTER ROLE name WITH PASSWORD '…'\`; on RDS/Cloud SQL/Azure use the console's reset.`,
    ),
  }),
  defineDetector({
    id: 'postgres.conninfo',
    title: 'PostgreSQL keyword/value connection string with password',
    keywords: ['password='],
    // libpq conninfo: `host=… port=… dbname=… user=… password=…` (PostgreSQL docs, 34.1.1).
    pattern:
      /(?<![A-Za-z0-9_])(?:host|hostaddr|dbname|user|port)=[^\s'"]{1,253}(?:[ \t]+[a-z_]{2,30}=[^\s'"]{0,253}){0,12}?[ \t]+password=(?<secret>[^\s'"]{1,128})/,
    post: [
      ...PASSWORD_CHECKS,
      ({ match }) => (/(?:^|\s)(?:host|hostaddr|dbname)=/.test(match) ? undefined : 'not a libpq connection string'),
      sameWordOnLocalHost(/(?<![A-Za-z0-9_])user=([^\s'"]{1,128})/, /(?<![A-Za-z0-9_])host=([^\s'"]{1,253})/),
    ],
    companions: [
      { name: 'username', pattern: /(?<![A-Za-z0-9_])user=(?<value>[^\s'"]{1,128})/, withinLines: 0 },
      { name: 'host', pattern: /(?<![A-Za-z0-9_])host=(?<value>[^\s'"]{1,253})/, withinLines: 0 },
    ],
    guide: dbGuide('Full access to the PostgreSQL database as that role.', ROTATE_DB_USER),
  }),
  defineDetector({
    id: 'postgres.pgpass',
    title: 'PostgreSQL .pgpass entry',
    // A .pgpass file holds only entries: no keyword, the file name decides.
    keywords: [],
    scope: 'document',
    paths: /(?:^|[/\\])(?:\.pgpass|pgpass\.conf)$/i,
    // `.pgpass` lines: `hostname:port:database:username:password` (PostgreSQL docs, 34.16).
    pattern:
      /(?<=^|\n)(?<host>[^:\s#"']{1,253}):(?:\*|\d{1,5}):[^:\s"']{1,128}:(?<username>[^:\s"']{1,128}):(?<secret>[^\s"']{1,200})(?=\r?\n|$)/,
    post: [...URI_PASSWORD_CHECKS, isDefaultDbPassword],
    guide: dbGuide('Logs in to the listed PostgreSQL servers as those roles without a prompt.', ROTATE_DB_USER),
  }),
];
