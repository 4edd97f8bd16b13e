/** Examples of the upcdatabase detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'upcdatabase.api-key': {
    positive: [
      `UPCDATABASE_API_KEY=«${fake(B62, 32, 'upcdatabase1')}»`,
      `credentials:\n  upc_database_token: "«${fake(B62, 32, 'upcdatabase2')}»"`,
      `const upcDatabaseSecret = '«${fake(B62, 32, 'upcdatabase3')}»';`,
    ],
    negative: [
      `UPCDATABASE_ACCOUNT_ID=${fake(B62, 32, 'upcdatabase4')}`,
      `UPCDATABASE_API_KEY=${fake(B62, 32, 'upcdatabase5')}${fake(B62, 6, 'tail')}`,
      `# UPCDatabase settings\nAPI_KEY=${fake(B62, 32, 'upcdatabase6')}`,
      `UPCDATABASE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
