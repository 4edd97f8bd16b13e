/** Examples of the Couchbase detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'couchbase.password': {
    positive: [
      `COUCHBASE_CONNECTION_STRING=couchbases://cb.ab12cd.cloud.couchbase.com\nCOUCHBASE_USERNAME=api\nCOUCHBASE_PASSWORD=«${pw('cbp')}»`,
    ],
    negative: ['COUCHBASE_PASSWORD=password', 'COUCHBASE_PASSWORD=${CB_PASS}'],
  },
};
