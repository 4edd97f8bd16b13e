/** Examples of the ODBC detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'odbc.connection-string': {
    positive: [
      `"DefaultConnection": "Server=tcp:crm-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=«${pw('od1')}»;Encrypt=True;"`,
      `conn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql01.corp;DATABASE=hr;UID=hr_reader;PWD={«${pw('od2')}»}")`,
    ],
    negative: [
      'Server=tcp:crm-sql.database.windows.net;Initial Catalog=crm;Integrated Security=true;',
      'Server=sql01;Database=crm;User Id=app;Password=<password>;',
      'Data Source=db;User ID=app;Password=${DB_PASSWORD};',
      'password=hunter22 # not a connection string',
    ],
  },
};
