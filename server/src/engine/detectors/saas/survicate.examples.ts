/** Examples of the survicate detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'survicate.api-key': {
    positive: [
      `SURVICATE_API_KEY=«${fake(B62, 32, 'survicate1')}»`,
      `credentials:\n  survicate_token: "«${fake(B62, 32, 'survicate2')}»"`,
      `const survicateSecret = '«${fake(B62, 32, 'survicate3')}»';`,
    ],
    negative: [
      `SURVICATE_ACCOUNT_ID=${fake(B62, 32, 'survicate4')}`,
      `SURVICATE_API_KEY=${fake(B62, 32, 'survicate5')}${fake(B62, 6, 'tail')}`,
      `# Survicate settings\nAPI_KEY=${fake(B62, 32, 'survicate6')}`,
      `SURVICATE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
