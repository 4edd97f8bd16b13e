/** Examples of the signaturit detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'signaturit.api-key': {
    positive: [
      `SIGNATURIT_API_KEY=«${fake(B62, 86, 'signaturit1')}»`,
      `credentials:\n  signaturit_token: "«${fake(B62, 86, 'signaturit2')}»"`,
      `const signaturitSecret = '«${fake(B62, 86, 'signaturit3')}»';`,
    ],
    negative: [
      `SIGNATURIT_ACCOUNT_ID=${fake(B62, 86, 'signaturit4')}`,
      `SIGNATURIT_API_KEY=${fake(B62, 86, 'signaturit5')}${fake(B62, 6, 'tail')}`,
      `# Signaturit settings\nAPI_KEY=${fake(B62, 86, 'signaturit6')}`,
      `SIGNATURIT_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
