/** Examples of the sslmate detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sslmate.api-key': {
    positive: [
      `SSLMATE_API_KEY=«${fake(B62, 36, 'sslmate1')}»`,
      `credentials:\n  ssl_mate_token: "«${fake(B62, 36, 'sslmate2')}»"`,
      `const sslMateSecret = '«${fake(B62, 36, 'sslmate3')}»';`,
    ],
    negative: [
      `SSLMATE_ACCOUNT_ID=${fake(B62, 36, 'sslmate4')}`,
      `SSLMATE_API_KEY=${fake(B62, 36, 'sslmate5')}${fake(B62, 6, 'tail')}`,
      `# SSLMate settings\nAPI_KEY=${fake(B62, 36, 'sslmate6')}`,
      `SSLMATE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
