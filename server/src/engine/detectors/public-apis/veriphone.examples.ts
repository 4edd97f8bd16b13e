/** Examples of the veriphone detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'veriphone.api-key': {
    positive: [
      `VERIPHONE_API_KEY=«${fake(B62, 32, 'veriphone1')}»`,
      `credentials:\n  veriphone_token: "«${fake(B62, 32, 'veriphone2')}»"`,
      `const veriphoneSecret = '«${fake(B62, 32, 'veriphone3')}»';`,
    ],
    negative: [
      `VERIPHONE_ACCOUNT_ID=${fake(B62, 32, 'veriphone4')}`,
      `VERIPHONE_API_KEY=${fake(B62, 32, 'veriphone5')}${fake(B62, 6, 'tail')}`,
      `# Veriphone settings\nAPI_KEY=${fake(B62, 32, 'veriphone6')}`,
      `VERIPHONE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
