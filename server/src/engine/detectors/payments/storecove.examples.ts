/** Examples of the storecove detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'storecove.api-key': {
    positive: [
      `STORECOVE_API_KEY=«${fake(B64URL, 43, 'storecove1')}»`,
      `credentials:\n  store_cove_token: "«${fake(B64URL, 43, 'storecove2')}»"`,
      `const storeCoveSecret = '«${fake(B64URL, 43, 'storecove3')}»';`,
    ],
    negative: [
      `STORECOVE_ACCOUNT_ID=${fake(B64URL, 43, 'storecove4')}`,
      `STORECOVE_API_KEY=${fake(B64URL, 43, 'storecove5')}${fake(B62, 6, 'tail')}`,
      `# Storecove settings\nAPI_KEY=${fake(B64URL, 43, 'storecove6')}`,
      `STORECOVE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
