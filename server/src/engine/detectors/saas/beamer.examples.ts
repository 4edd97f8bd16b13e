/** Examples of the Beamer detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'beamer.api-key': {
    positive: [
      `BEAMER_API_KEY=«b_${fake(B64URL, 44, 'beam0a')}»`,
      `{ "beamer_api_key": "«b_${fake(B64URL, 44, 'beam0b')}»" }`,
      `const beamerApiKey = '«b_${fake(B64URL, 44, 'beam0d')}»';`,
    ],
    negative: [
      `BEAMER_API_KEY=b_${fake(B64URL, 30, 'beam0c')}`,
      `BEAMER_API_KEY=b_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `BEAMER_API_KEY=${'$'}{BEAMER_API_KEY}`,
      `BEAMER_ACCOUNT_ID=b_${fake(B64URL, 44, 'beam0e')}`,
    ],
  },
};
