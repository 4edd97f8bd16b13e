/** Examples of the salesforce detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake, HEX_UPPER } from '../kit/examples.js';

export const examples: ExampleTable = {
  'salesforce.access-token': {
    positive: [
      `SF_ACCESS_TOKEN=«00D${fake(B62, 12, 'sf-org')}!AQ${fake(alphabet('A-Za-z0-9._'), 94, 'sf')}»`,
      `curl https://acme.my.salesforce.com/services/data/v60.0/ -H "Authorization: Bearer «00D${fake(B62, 12, 'sf-org2')}!AR${fake(B62, 96, 'sf2')}»"`,
    ],
    negative: [`org_id = "00D${fake(B62, 12, 'org')}"`, `00D${fake(B62, 12, 'org2')}!short`],
  },
  'salesforce.refresh-token': {
    positive: [`SALESFORCE_REFRESH_TOKEN=«5Aep861${fake(alphabet('A-Za-z0-9._'), 80, 'sfr')}»`],
    negative: [`id: 5Aep8${fake(B62, 10, 'short')}`],
  },
  'salesforce.consumer-secret': {
    positive: [
      `SALESFORCE_CONSUMER_SECRET=«${fake(HEX_UPPER, 64, 'sfcs')}»`,
      `sf_client_secret: "«${fake(alphabet('0-9'), 19, 'sfcs2')}»"`,
    ],
    negative: [`SALESFORCE_CONSUMER_KEY=3MVG9${fake(B62, 80, 'ck')}`, 'SALESFORCE_CONSUMER_SECRET=${SF_SECRET}'],
  },
};
