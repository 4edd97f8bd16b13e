/** Examples of the airtable detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'airtable.pat': {
    positive: [
      `AIRTABLE_API_KEY=«pat${fake(B62, 14, 'at-id')}.${fake(HEX, 64, 'at')}»`,
      `headers: { Authorization: 'Bearer «pat${fake(B62, 14, 'at-id2')}.${fake(HEX, 64, 'at2')}»' }`,
    ],
    negative: [
      `AIRTABLE_API_KEY=pat${fake(B62, 14, 'x')}.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `record: rec${fake(B62, 14, 'rec')}, base: app${fake(B62, 14, 'app')}`,
      `path.${fake(HEX, 64, 'p')}`,
    ],
  },
  'airtable.legacy-api-key': {
    positive: [`AIRTABLE_API_KEY=«key${fake(B62, 14, 'atk')}»`, `airtable_key: "«key${fake(B62, 14, 'atk2')}»"`],
    negative: [
      `AIRTABLE_BASE_ID=app${fake(B62, 14, 'base')}`,
      'AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX',
      `AIRTABLE_TABLE_KEY=rec${fake(B62, 14, 'r')}`,
    ],
  },
};
