/** Examples of the plaid detectors (test data: never imported by the runtime). */
import { B62, fake, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'plaid.secret': {
    positive: [
      `PLAID_CLIENT_ID=${fake(HEX, 24, 'pl1')}\nPLAID_SECRET=«${fake(HEX, 30, 'pl2')}»`,
      `{"plaidSecret": "«${fake(HEX, 30, 'pl3')}»"}`,
    ],
    negative: [`PLAID_CLIENT_ID=${fake(HEX, 24, 'pl4')}`, 'PLAID_SECRET=<plaid-secret>'],
  },
  'plaid.access-token': {
    positive: [
      `PLAID_ACCESS_TOKEN=«access-production-${fakeUuid('pa1')}»`,
      `{"access_token": "«access-sandbox-${fakeUuid('pa2')}»", "item_id": "${fake(B62, 37, 'pa3')}"}`,
    ],
    negative: ['PLAID_ACCESS_TOKEN=access-sandbox-<uuid>', `link_token = "link-sandbox-${fakeUuid('pa4')}"`],
  },
};
