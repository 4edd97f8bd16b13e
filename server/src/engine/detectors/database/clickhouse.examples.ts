/** Examples of the Clickhouse detectors (test data: never imported by the runtime). */
import { B62, HEX, fake, fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'clickhouse.uri': {
    positive: [`CLICKHOUSE_URL=clickhouse://ingest:«${pw('ch1')}»@ab12cd.eu-central-1.aws.clickhouse.cloud:9440/events?secure=true`],
    negative: ['clickhouse://default:@localhost:9000/default', 'clickhouse://localhost:8123'],
  },
  'clickhouse.cloud-api-secret': {
    positive: [`CLICKHOUSE_KEY_SECRET=«4b1d${fake(B62, 38, 'chk')}»`],
    negative: [`commit 4b1d${fake(HEX, 36, 'sha')}`],
  },
};
