/** Examples of the verimail detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'verimail.api-key': {
    positive: [
      `VERIMAIL_API_KEY=«${fake(B62, 32, 'verimail1')}»`,
      `credentials:\n  verimail_token: "«${fake(B62, 32, 'verimail2')}»"`,
      `const verimailSecret = '«${fake(B62, 32, 'verimail3')}»';`,
    ],
    negative: [
      `VERIMAIL_ACCOUNT_ID=${fake(B62, 32, 'verimail4')}`,
      `VERIMAIL_API_KEY=${fake(B62, 32, 'verimail5')}${fake(B62, 6, 'tail')}`,
      `# Verimail settings\nAPI_KEY=${fake(B62, 32, 'verimail6')}`,
      `VERIMAIL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
