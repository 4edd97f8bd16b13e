/**
 * MySQL / MariaDB credentials: connection URIs, Go driver DSNs and option files (`.my.cnf`;
 * CREDENTIAL-FORMATS.md §8). The highlight is always the password alone; user, host and port become parts
 * (ENGINE.md "Multi-match and multi-line secrets").
 */
import {
  PASSWORD_CHECKS,
  ROTATE_DB_USER,
  URI_PASSWORD_CHECKS,
  ciFragment,
  dbGuide,
  defineDetector,
  isDefaultDbPassword,
  requireNearby,
  secretAssignment,
  uri,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'mysql.uri',
    title: 'MySQL / MariaDB connection URI with password',
    schemes: 'mysql[2x]?|mariadb|mysqlx|aurora-mysql',
    keywords: ['mysql', 'mariadb'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide(
      'Full access to the MySQL/MariaDB database as that user.',
      `${ROTATE_DB_USER} In SQL: \`ALTER USER 'name'@'%' IDENTIFIED BY '…'\`.`,
    ),
  }),
  defineDetector({
    id: 'mysql.go-dsn',
    title: 'Go MySQL driver DSN with password',
    keywords: ['@tcp(', '@unix(', '@tcp6('],
    // go-sql-driver/mysql DSN: `user:password@tcp(host:port)/dbname?params`.
    pattern:
      /(?<![A-Za-z0-9_.%-])(?<username>[A-Za-z0-9_.-]{1,64}):(?<secret>[^\s@"'`/]{1,200})@(?:tcp6?|unix|udp)\((?<host>[^)\s:]{1,253})(?::\d{1,5})?\)/,
    post: [...URI_PASSWORD_CHECKS],
    guide: dbGuide('Full access to the MySQL database as that user.', ROTATE_DB_USER),
  }),
  defineDetector({
    id: 'mysql.my-cnf',
    title: 'MySQL option file password (.my.cnf)',
    keywords: ['password'],
    paths: /(?:^|[/\\])(?:\.?my\.cnf|[^/\\]*\.cnf|\.mylogin\.cnf|\.?my\.ini)$/i,
    // `[client]` / `[mysqldump]` sections of option files: `password = …` (MySQL docs, "Using option files").
    pattern: () => secretAssignment(ciFragment('password'), { prefix: false }),
    post: [
      requireNearby(
        /^\s*\[(?:client|mysql|mysqldump|mysqladmin|mysqld|mariadb|mariadb-client|client-server|client-mariadb|mysqlimport|mysqlshow)\]/im,
        { lines: 20 },
        'no client section',
      ),
      ...PASSWORD_CHECKS,
      isDefaultDbPassword,
    ],
    companions: [
      { name: 'username', pattern: /^\s*user\s*=\s*["']?(?<value>[^\s"']{1,64})/m, withinLines: 6 },
      { name: 'host', pattern: /^\s*host\s*=\s*["']?(?<value>[^\s"']{1,253})/m, withinLines: 6 },
    ],
    guide: dbGuide('Logs in to MySQL as that user without a prompt.', ROTATE_DB_USER),
  }),
];
