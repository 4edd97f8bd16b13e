/**
 * Database credentials of any engine: connection URIs of less common databases, driver calls, positional
 * passwords, `*_PASSWORD` settings with the user / host / port beside them, YAML database sections and client
 * command lines (CREDENTIAL-FORMATS.md §8). The highlight is always the password alone; user, host and port
 * become parts (ENGINE.md "Multi-match and multi-line secrets").
 */
import { DB_COMPANIONS, PASSWORD_CHECKS, ROTATE_DB_USER, URI_PASSWORD_CHECKS, ciFragment, dbGuide, defineDetector, isAboutThePassword, isDefaultDbPassword, secretAssignment, uri, yamlNested, type Detector } from '../kit/index.js';

const passwordNames = [
  'db', 'database', 'postgres(?:ql)?', 'pg', 'mysql(?:_root)?', 'mariadb(?:_root)?', 'mongo(?:db)?(?:_initdb_root)?', 'mssql(?:_sa)?', 'sa', 'sql',
  'redis', 'rabbitmq(?:_default)?', 'oracle', 'cassandra', 'clickhouse', 'couchdb', 'influxdb(?:_admin|_init)?', 'cockroach(?:db)?',
  'timescale(?:db)?', 'memgraph', 'arangodb?', 'firebird', 'isc', 'db2', 'vertica', 'greenplum', 'redshift', 'datasource',
];

export const detectors: readonly Detector[] = [
  uri({
    id: 'database.uri',
    title: 'Database connection URI with password',
    schemes:
      'oracle|oracledb|db2|ibm_db_sa|couchbases?|firebird|crate|trino|presto|hive|impala|vertica|teradata(?:sql)?|sybase|exasol|hana|sap|singlestoredb|memsql|tidb|yugabyte(?:db)?|influxdb|arangodb|surrealdb|cassandra|scylla|questdb|duckdb|dremio|druid|pinot|starrocks|doris|databend|mongodb\\+srv\\+',
    keywords: ['oracle', 'db2', 'ibm_db', 'couchbase', 'firebird', 'crate://', 'trino', 'presto', 'hive', 'impala', 'vertica', 'teradata', 'sybase', 'exasol', 'hana', 'sap', 'singlestore', 'memsql', 'tidb', 'yugabyte', 'influxdb', 'arangodb', 'surrealdb', 'cassandra', 'scylla', 'questdb', 'duckdb', 'dremio', 'druid', 'pinot', 'starrocks', 'doris', 'databend'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide('Access to the database with that user\'s rights.', ROTATE_DB_USER),
  }),
  defineDetector({
    id: 'database.driver-password',
    title: 'Database password in a driver connect call',
    keywords: ['psycopg', 'pymysql', 'mysqldb', 'mysql.connector', 'pymssql', 'pyodbc', 'asyncpg', 'aiomysql', 'aiopg', 'cx_oracle', 'oracledb', 'pg8000', 'mariadb.connect', 'snowflake.connector', 'clickhouse_connect', 'redshift_connector', 'createconnection', 'createpool', 'new pool', 'new client', 'mongoclient'],
    scope: 'document',
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
    guide: dbGuide('Access to the database with that user\'s rights.', ROTATE_DB_USER),
  }),
  defineDetector({
    id: 'database.positional-password',
    title: 'Database password passed positionally (PDO, mysqli, Sequelize)',
    keywords: ['new pdo', 'new mysqli', 'mysqli_connect', 'mysql_connect', 'new sequelize', 'dbi->connect', 'drivermanager.getconnection', 'mysqldb.connect', 'pymysql.connect'],
    scope: 'document',
    // The third argument is the password in `new PDO(dsn, user, pass)`, `new mysqli(host, user, pass, db)`,
    // `mysqli_connect(host, user, pass)` and `new Sequelize(db, user, pass, opts)`.
    // Perl `DBI->connect(dsn, user, pass)`, JDBC `DriverManager.getConnection(url, user, pass)` and the
    // positional `MySQLdb.connect(host, user, pass, db)` have the same shape; the call may span lines.
    pattern: /(?:new\s+(?:PDO|mysqli|Sequelize)|mysqli?_connect|DBI->connect|DriverManager\.getConnection|(?:MySQLdb|pymysql)\.connect)\(\s*(?:["'`][^"'`\r\n]{1,300}["'`]|[$@]?[A-Za-z_][\w.$]{0,60})\s*,\s*["'`](?<username>[^"'`\r\n]{1,64})["'`]\s*,\s*(?<_q>["'`])(?<secret>[^"'`\r\n]{3,128})["'`]/,
    post: [...PASSWORD_CHECKS, isDefaultDbPassword],
    guide: dbGuide('Access to the database with that user\'s rights.', ROTATE_DB_USER),
  }),
  defineDetector({
    id: 'database.password',
    title: 'Database password (with user / host / port nearby)',
    keywords: ['db_pass', 'dbpass', 'db-pass', 'db.pass', 'db_pwd', 'dbpwd', 'database_pass', 'database.pass', 'databasepass', 'database-pass', 'postgres_pass', 'postgresql_pass', 'pgpass', 'pg_pass', 'mysql_pass', 'mysql_root_pass', 'mysql_pwd', 'mariadb_pass', 'mariadb_root_pass', 'mongo_pass', 'mongodb_pass', 'mongo_initdb_root_pass', 'mssql_pass', 'mssql_sa_pass', 'sa_password', 'redis_pass', 'rabbitmq_pass', 'rabbitmq_default_pass', 'oracle_pass', 'oracle_pwd', 'cassandra_pass', 'clickhouse_pass', 'couchdb_pass', 'influxdb_admin_pass', 'influxdb_init_pass', 'influxdb_pass', 'cockroach', 'timescale', 'firebird', 'isc_pass', 'db2_pass', 'vertica_pass', 'redshift_pass', 'sql_pass', 'sql_pwd', 'arangodb_pass', 'arango_pass', 'memgraph_pass', 'greenplum_pass', 'datasource_pass'],
    // ENGINE.md: `dbpassword = …` with `dbusername` / `dbhost` / `dbport` on nearby lines is one finding.
    pattern: secretAssignment(`(?:${passwordNames.map((n) => ciFragment(n)).join('|')})[_.-]?(?:${ciFragment('pass(?:word|wd)?|pwd')})`),
    post: [...PASSWORD_CHECKS, isAboutThePassword, isDefaultDbPassword],
    precedence: -1,
    companions: DB_COMPANIONS,
    guide: dbGuide('Access to the database with that user\'s rights; together with the host nearby, a ready-to-use login.', ROTATE_DB_USER),
  }),
  defineDetector({
    id: 'database.yaml-password',
    title: 'Database password in a YAML database section',
    keywords: ['password:'],
    scope: 'document',
    // `database:` / `datasource:` / `postgres:` … section with a nested `password:` (Rails database.yml,
    // Spring application.yml, Helm values).
    pattern: yamlNested(
      String.raw`[A-Za-z0-9_-]{0,20}(?:database|datasource|db|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|mssql|sqlserver|oracle|clickhouse|cassandra|neo4j|rabbitmq|amqp|couchdb|influxdb|elasticsearch|snowflake|production|staging)[A-Za-z0-9_-]{0,20}`,
      '(?:db_?|root_?|admin_?)?password',
    ),
    post: [...PASSWORD_CHECKS, isDefaultDbPassword],
    precedence: -1,
    companions: DB_COMPANIONS,
    guide: dbGuide('Access to the database with that user\'s rights.', ROTATE_DB_USER),
  }),
  defineDetector({
    id: 'database.cli-password',
    title: 'Database password on a client command line',
    keywords: ['mysql', 'mariadb', 'mongo', 'redis-cli', 'sqlcmd', 'bcp '],
    // `mysql -uroot -pS3cret` (attached: a detached `-p x` means "prompt, database x"), `--password=…`,
    // `mongosh -p …`, `redis-cli -a …`, `sqlcmd -P …` (each client's man page).
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(?:(?:mysql|mariadb|mysqldump|mysqladmin|mariadb-dump|mysqlimport|mysqlsh)\b[^\r\n|;&]{0,200}?[ \t](?:-p|--password=)` +
        String.raw`|(?:mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)\b[^\r\n|;&]{0,200}?[ \t](?:-p|--password)[ \t=]+` +
        String.raw`|redis-cli\b[^\r\n|;&]{0,200}?[ \t](?:-a|--pass)[ \t]+|(?:sqlcmd|bcp)\b[^\r\n|;&]{0,200}?[ \t]-P[ \t]+)` +
        '(?<_q>["\']?)(?<secret>[^\\s"\'`$-][^\\s"\'`]{2,127})',
    ),
    post: [...PASSWORD_CHECKS, isDefaultDbPassword, ({ value, groups }) => (groups._q && !value.endsWith(groups._q) && /["']$/.test(value) ? 'unbalanced quote' : undefined)],
    guide: dbGuide('Access to the database with that user\'s rights; command lines also end up in shell history, CI logs and process lists.', ROTATE_DB_USER),
  }),
];
