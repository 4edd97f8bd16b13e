/** Examples of the zipcodebase detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zipcodebase.api-key': {
    positive: [
      `ZIPCODEBASE_API_KEY=«${fakeUuid('zipcodebase1')}»`,
      `credentials:\n  zip_code_base_token: "«${fakeUuid('zipcodebase2')}»"`,
      `const zipCodeBaseSecret = '«${fakeUuid('zipcodebase3')}»';`,
    ],
    negative: [
      `ZIPCODEBASE_ACCOUNT_ID=${fakeUuid('zipcodebase4')}`,
      `ZIPCODEBASE_API_KEY=${fakeUuid('zipcodebase5')}${fake(B62, 6, 'tail')}`,
      `# Zipcodebase settings\nAPI_KEY=${fakeUuid('zipcodebase6')}`,
      'ZIPCODEBASE_API_KEY=${ZIPCODEBASE_API_KEY}',
    ],
  },
};
