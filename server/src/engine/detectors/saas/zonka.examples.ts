/** Examples of the zonka detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zonka.api-key': {
    positive: [
      `ZONKA_API_KEY=«${fake(B62, 36, 'zonka1')}»`,
      `credentials:\n  zonka_token: "«${fake(B62, 36, 'zonka2')}»"`,
      `const zonkaSecret = '«${fake(B62, 36, 'zonka3')}»';`,
    ],
    negative: [
      `ZONKA_ACCOUNT_ID=${fake(B62, 36, 'zonka4')}`,
      `ZONKA_API_KEY=${fake(B62, 36, 'zonka5')}${fake(B62, 6, 'tail')}`,
      `# Zonka Feedback settings\nAPI_KEY=${fake(B62, 36, 'zonka6')}`,
      `ZONKA_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
