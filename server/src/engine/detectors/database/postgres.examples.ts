/** Examples of the Postgres detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'postgres.uri': {
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
  },
  'postgres.conninfo': {
    positive: [
      `conn = psycopg2.connect("host=pg-prod.internal dbname=billing user=billing password=«${pw('ci1')}» sslmode=require")`,
      `db, err := sql.Open("postgres", "host=10.0.0.7 port=5432 user=api password=«${pw('ci2')}» dbname=api")`,
    ],
    negative: ['host=localhost dbname=test user=postgres password=postgres', 'host=db dbname=app user=app password=${PGPASSWORD}'],
  },
  'postgres.pgpass': {
    positive: [
      { text: `pg-prod.internal:5432:billing:billing:«${pw('pgp1')}»\n*:*:*:replicator:«${pw('pgp2')}»`, path: 'home/deploy/.pgpass' },
      { text: `*:*:*:replicator:«${pw('pgp3')}»\n`, path: 'C:\\Users\\ops\\AppData\\Roaming\\postgresql\\pgpass.conf' },
    ],
    negative: [
      { text: '*:*:*:postgres:postgres', path: '.pgpass' },
      { text: `pg-prod.internal:5432:billing:billing:${pw('pgp4')}`, path: 'notes.txt' },
    ],
  },
};
