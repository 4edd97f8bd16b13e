/** Examples of the statuspal detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'statuspal.api-key': {
    positive: [
      `STATUSPAL_API_KEY=«${fake(B62, 32, 'statuspal1')}»`,
      `credentials:\n  status_pal_token: "«${fake(B62, 32, 'statuspal2')}»"`,
      `const statusPalSecret = '«${fake(B62, 32, 'statuspal3')}»';`,
    ],
    negative: [
      `STATUSPAL_ACCOUNT_ID=${fake(B62, 32, 'statuspal4')}`,
      `STATUSPAL_API_KEY=${fake(B62, 32, 'statuspal5')}${fake(B62, 6, 'tail')}`,
      `# Statuspal settings\nAPI_KEY=${fake(B62, 32, 'statuspal6')}`,
      `STATUSPAL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
