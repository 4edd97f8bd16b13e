/** Examples of the Cypress Cloud detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cypress.record-key': {
    positive: [
      `CYPRESS_RECORD_KEY=«${fakeUuid('cypr0a')}»`,
      `{ "cypress_record_key": "«${fakeUuid('cypr0b')}»" }`,
      `const cypressRecordKey = '«${fakeUuid('cypr0d')}»';`,
    ],
    negative: [
      `CYPRESS_RECORD_KEY=${fakeUuid('cypr0c').slice(0, 30)}`,
      `CYPRESS_RECORD_KEY=00000000-0000-0000-0000-000000000000`,
      `CYPRESS_RECORD_KEY=${'$'}{CYPRESS_RECORD_KEY}`,
      `CYPRESS_ACCOUNT_ID=${fakeUuid('cypr0e')}`,
      `CYPRESS_PROJECT_ID=a7bq2k`,
    ],
  },
};
