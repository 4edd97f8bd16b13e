/** Examples of the CraftMyPDF detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'craftmypdf.api-key': {
    positive: [
      `CRAFTMYPDF_API_KEY=«${fakeMixed(B62, 35, 'craf0a')}»`,
      `{ "craftmypdf_api_key": "«${fakeMixed(B62, 35, 'craf0b')}»" }`,
      `const craftmypdfApiKey = '«${fakeMixed(B62, 35, 'craf0d')}»';`,
    ],
    negative: [
      `CRAFTMYPDF_API_KEY=${fake(B62, 31, 'craf0c')}`,
      `CRAFTMYPDF_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CRAFTMYPDF_API_KEY=${'$'}{CRAFTMYPDF_API_KEY}`,
      `CRAFTMYPDF_ACCOUNT_ID=${fakeMixed(B62, 35, 'craf0e')}`,
    ],
  },
};
