/** Examples of the vyte detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'vyte.api-key': {
    positive: [
      `VYTE_API_KEY=«${fake(B62, 50, 'vyte1')}»`,
      `credentials:\n  vyte_token: "«${fake(B62, 50, 'vyte2')}»"`,
      `const vyteSecret = '«${fake(B62, 50, 'vyte3')}»';`,
    ],
    negative: [
      `VYTE_ACCOUNT_ID=${fake(B62, 50, 'vyte4')}`,
      `VYTE_API_KEY=${fake(B62, 50, 'vyte5')}${fake(B62, 6, 'tail')}`,
      `# Vyte settings\nAPI_KEY=${fake(B62, 50, 'vyte6')}`,
      `VYTE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
