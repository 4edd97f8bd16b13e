/** Examples of the Snowflake detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'snowflake.uri': {
    positive: [`SNOWFLAKE_URL=snowflake://LOADER:«${pw('sf1')}»@xy12345.eu-west-1/ANALYTICS/PUBLIC?warehouse=LOAD_WH`],
    negative: ['snowflake://user:password@account/db', 'snowflake://LOADER@xy12345/ANALYTICS'],
  },
  'snowflake.password': {
    positive: [`SNOWFLAKE_ACCOUNT=xy12345.eu-west-1\nSNOWFLAKE_USER=LOADER\nSNOWFLAKE_PASSWORD=«${pw('sfp')}»`],
    negative: ['SNOWFLAKE_PASSWORD=${{ secrets.SNOWFLAKE_PASSWORD }}', 'SNOWFLAKE_PASSWORD='],
  },
};
