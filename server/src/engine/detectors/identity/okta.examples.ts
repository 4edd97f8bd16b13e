/** Examples of the okta detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'okta.api-token': {
    positive: [
      `okta: {\n  orgUrl: 'https://ferrowind.okta.com',\n  apiToken: '«00${fake(B64URL, 40, 'okta1')}»',\n}`,
      `curl -H "Authorization: SSWS «00${fake(B64URL, 40, 'okta2')}»" https://acme.okta.com/api/v1/users`,
    ],
    negative: [
      `OKTA_CLIENT_ID=0oa${fake(B62, 17, 'oid')}`,
      'Authorization: SSWS ${OKTA_API_TOKEN}',
      `api_token: 00${fake(B64URL, 40, 'no-okta')}`,
    ],
  },
  'okta.client-secret': {
    positive: [`OKTA_CLIENT_SECRET=«${fake(B64URL, 40, 'okta-cs')}»`, `okta.oauth2.client-secret=«${fake(B64URL, 64, 'okta-cs2')}»`],
    negative: ['OKTA_CLIENT_SECRET=${OKTA_CLIENT_SECRET}', `OKTA_CLIENT_ID=0oa${fake(B62, 17, 'oid2')}`],
  },
};
