/** Examples of the Databricks detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'databricks.access-token': {
    positive: [`DATABRICKS_TOKEN=«dapi${fake(HEX, 32, 'dbx1')}»`, `databricks configure --token <<< "«dapi${fake(HEX, 32, 'dbx2')}-2»"`],
    negative: [
      'DATABRICKS_TOKEN=dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'the dapi prefix marks Databricks tokens',
      `dapi${fake(HEX, 20, 'short')}`,
    ],
  },
  'databricks.oauth-secret': {
    positive: [`DATABRICKS_CLIENT_SECRET=«dose${fake(HEX, 32, 'dose')}»`],
    negative: ['the dosage was doses123'],
  },
};
