/** Examples of the Mysql detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mysql.uri': {
    positive: [
      `DATABASE_URL=mysql://shop:«${pw('my1')}»@mysql-primary.prod.internal:3306/shop`,
      `SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://report:«${pw('my2')}»@10.1.4.20/reports'`,
    ],
    negative: [
      'mysql://root:root@localhost:3306/test',
      'mysql://root:${MYSQL_ROOT_PASSWORD}@db/app',
      'mysql://localhost:3306/app',
      'mysql://root:whalehello@db:3306/mysql',
    ],
  },
  'mysql.go-dsn': {
    positive: [`dsn := "orders:«${pw('gd1')}»@tcp(mysql-orders.prod.internal:3306)/orders?parseTime=true"`],
    negative: ['dsn := "root:root@tcp(127.0.0.1:3306)/test"', 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)'],
  },
  'mysql.my-cnf': {
    positive: [{ text: `[client]\nuser = backup\npassword = «${pw('cnf')}»\nhost = mysql-prod.internal`, path: 'home/backup/.my.cnf' }],
    negative: [{ text: '[client]\nuser = root\npassword = root', path: '.my.cnf' }, `[client]\npassword = ${pw('cnf2')}`],
  },
};
