/** Examples of the docusign detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'docusign.secret-key': {
    positive: [`DOCUSIGN_CLIENT_SECRET=«${fakeUuid('uuid|ds')}»`, `"docusignSecretKey": "«${fakeUuid('uuid|ds2')}»",`],
    negative: [`DOCUSIGN_INTEGRATION_KEY=${fakeUuid('uuid|ik')}`, `DOCUSIGN_ACCOUNT_ID=${fakeUuid('uuid|acct')}`],
  },
};
