/** Examples of the JDBC detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'jdbc.url-password': {
    positive: [
      `spring.datasource.url=jdbc:postgresql://pg-prod.internal:5432/billing?user=billing&password=«${pw('jd1')}»&ssl=true`,
      `url = "jdbc:sqlserver://sql01.corp.internal:1433;databaseName=crm;user=svc_crm;password=«${pw('jd2')}»;encrypt=true"`,
    ],
    negative: [
      'jdbc:postgresql://pg-prod.internal:5432/billing?user=billing&password=${DB_PASSWORD}',
      'jdbc:mysql://localhost:3306/app?user=root&password=root',
      'jdbc:h2:mem:testdb',
    ],
  },
  'jdbc.oracle-thin': {
    positive: [`db.url=jdbc:oracle:thin:APP_OWNER/«${pw('oj1')}»@ora-prod.corp.internal:1521:ORCL`],
    negative: ['jdbc:oracle:thin:scott/tiger@localhost:1521:xe', 'jdbc:oracle:thin:@ora-prod.corp.internal:1521:ORCL'],
  },
};
