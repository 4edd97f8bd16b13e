/** Examples of the tyntec detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'tyntec.api-key': {
    positive: [
      `TYNTEC_API_KEY=«${fake(B62, 32, 'tyntec1')}»`,
      `credentials:\n  tyntec_token: "«${fake(B62, 32, 'tyntec2')}»"`,
      `const tyntecSecret = '«${fake(B62, 32, 'tyntec3')}»';`,
    ],
    negative: [
      `TYNTEC_ACCOUNT_ID=${fake(B62, 32, 'tyntec4')}`,
      `TYNTEC_API_KEY=${fake(B62, 32, 'tyntec5')}${fake(B62, 6, 'tail')}`,
      `# tyntec settings\nAPI_KEY=${fake(B62, 32, 'tyntec6')}`,
      `TYNTEC_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
