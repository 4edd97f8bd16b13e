/** Examples of the sql detectors (test data: never imported by the runtime). */
import { B62, HEX_UPPER, fake, type ExampleTable } from '../kit/examples.js';

/** A human-style password: letters, digits and a symbol. */
const pw = (salt: string) => `${fake(B62, 12, salt)}!7`;

export const examples: ExampleTable = {
  'sql.user-password': {
    positive: [
      {
        text: `CREATE USER orders WITH PASSWORD '«${pw('sq1')}»';\nGRANT ALL PRIVILEGES ON DATABASE orders TO orders;`,
        path: 'db/init/01-users.sql',
      },
      `ALTER ROLE reporting WITH LOGIN ENCRYPTED PASSWORD '«${pw('sq2')}»' VALID UNTIL 'infinity';`,
      `CREATE USER 'app'@'%' IDENTIFIED BY '«${pw('sq3')}»';`,
      `mysql -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '«${pw('sq4')}»'; FLUSH PRIVILEGES;"`,
      `CREATE USER app_owner\n  IDENTIFIED BY «${fake(B62, 10, 'sq5')}x9»\n  DEFAULT TABLESPACE users;`,
      `CREATE LOGIN etl WITH PASSWORD = '«${pw('sq6')}»', CHECK_POLICY = OFF;`,
      `SET PASSWORD FOR 'backup'@'localhost' = PASSWORD('«${pw('sq7')}»');`,
      `GRANT SELECT ON shop.* TO 'ro'@'10.%' IDENTIFIED BY '«${pw('sq8')}»';`,
      `cursor.execute("CREATE ROLE analytics LOGIN PASSWORD '«${pw('sq9')}»'")`,
      `create user svc_ingest password='«${pw('sqa')}»' must_change_password=false;`,
    ],
    negative: [
      "CREATE USER app WITH PASSWORD 'password';",
      "ALTER USER postgres PASSWORD 'postgres';",
      "CREATE USER app WITH PASSWORD :'app_password';",
      "CREATE USER 'app'@'%' IDENTIFIED BY '${MYSQL_PASSWORD}';",
      'CREATE USER app IDENTIFIED BY :pw;',
      'CREATE USER ops_admin IDENTIFIED EXTERNALLY;',
      `ALTER USER scott IDENTIFIED BY VALUES 'S:${fake(HEX_UPPER, 60, 'sqh1')};H:${fake(HEX_UPPER, 32, 'sqh2')}'`,
      `GRANT USAGE ON *.* TO 'app'@'%' IDENTIFIED BY PASSWORD '*${fake(HEX_UPPER, 40, 'sqh3')}';`,
      `ALTER USER app WITH PASSWORD 'md5${fake(HEX_UPPER, 32, 'sqh4').toLowerCase()}';`,
      'cursor.execute("CREATE USER %s WITH PASSWORD %s", (user, password))',
      'cursor.execute(f"ALTER USER {user} WITH PASSWORD \'{password}\'")',
      "CREATE USER app WITH PASSWORD '<app-password>';",
      'Create a user with password authentication enabled, then grant it access.',
      'CREATE ROLE app WITH LOGIN PASSWORD NULL;',
      "CREATE USER 's3_import_user'@'localhost' IDENTIFIED BY 'YourPwdShouldBeLongAndSecure!';",
      '<label>Set Password <span className="text-red-500">*</span></label>',
    ],
  },
};
