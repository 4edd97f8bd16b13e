/** Examples of the MSSQL detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mssql.uri': {
    positive: [
      `DATABASE_URL="sqlserver://svc_app:«${pw('ms1')}»@sql01.corp.internal:1433?database=crm"`,
      `engine = create_engine('mssql+pyodbc://etl:«${pw('ms2')}»@sqlprod/crm?driver=ODBC+Driver+18')`,
    ],
    negative: ['sqlserver://sa:Your_password123@localhost:1433', 'mssql://sa:yourStrong(!)Password@localhost'],
  },
};
