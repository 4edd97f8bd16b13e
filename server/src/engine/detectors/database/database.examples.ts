/** Examples of the Database detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'database.uri': {
    positive: [
      `engine = create_engine("oracle+cx_oracle://scott:«${pw('or1')}»@orahost.corp:1521/?service_name=ORCLPDB1")`,
      `TRINO_URL=trino://analyst:«${pw('tr1')}»@trino.data.internal:443/hive`,
    ],
    negative: ['oracle://scott:tiger@example.com:1521/ORCL', 'couchbase://cb.internal'],
  },
  'database.driver-password': {
    positive: [
      `conn = psycopg2.connect(\n    host="pg-prod.internal",\n    user="etl",\n    password="«${pw('dr1')}»",\n)`,
      `const pool = mysql.createPool({ host: 'mysql.prod.internal', user: 'api', password: '«${pw('dr2')}»', database: 'shop' });`,
    ],
    negative: [
      'conn = psycopg2.connect(host=HOST, user=USER, password=os.environ["PGPASSWORD"])',
      `pool = mysql.createPool({ host: 'localhost', user: 'root', password: 'root' })`,
    ],
  },
  'database.positional-password': {
    positive: [
      `$pdo = new PDO('mysql:host=db.prod.internal;dbname=shop', 'shop', '«${pw('po1')}»');`,
      `my $dbh = DBI->connect(\n    "dbi:Pg:dbname=app;host=$host;port=5432",\n    'app_admin',\n    '«${pw('po3')}»',\n    { RaiseError => 1 },\n);`,
      `Connection c = DriverManager.getConnection(url, "report", "«${pw('po4')}»");`,
      `const sequelize = new Sequelize('crm', 'crm_app', '«${pw('po2')}»', { host: 'pg.internal', dialect: 'postgres' });`,
    ],
    negative: [`$pdo = new PDO('mysql:host=localhost;dbname=test', 'root', '');`, `$pdo = new PDO($dsn, 'root', 'root');`],
  },
  'database.password': {
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
      // Dev-stack defaults: a plain word, a word plus the sample's name.
      'MYSQL_ROOT_PASSWORD: whalehello',
      { text: '- MYSQL_ROOT_PASSWORD=somewordpress', path: 'official-documentation-samples/wordpress/compose.yaml' },
    ],
  },
  'database.yaml-password': {
    positive: [
      `production:\n  adapter: postgresql\n  host: pg-prod.internal\n  username: app\n  password: «${pw('yp1')}»\n  database: app_production`,
      `spring:\n  datasource:\n    url: jdbc:postgresql://pg.internal:5432/orders\n    username: orders\n    password: "«${pw('yp2')}»"`,
    ],
    negative: [
      `production:\n  adapter: postgresql\n  password: <%= ENV['DATABASE_PASSWORD'] %>`,
      `database:\n  password: \${DB_PASSWORD}`,
      `datasource:\n  password: changeme`,
      `mysql:\n  name: drupal\n  password: "12345"`,
    ],
  },
  'database.cli-password': {
    positive: [
      `mysqldump -h db.prod.internal -u backup -p«${pw('cl1')}» shop > shop.sql`,
      `mongosh "mongodb+srv://cluster0.ab1cd.mongodb.net/prod" --username api --password «${pw('cl2')}»`,
      `redis-cli -h cache.prod.internal -a '«${pw('cl3')}»' INFO`,
    ],
    negative: [
      'mysql -u root -p shop',
      'mysql -u root -p$MYSQL_ROOT_PASSWORD',
      'redis-cli -a "$REDIS_PASSWORD" ping',
      'mysql -uroot -proot',
    ],
  },
};
