/** Examples of the pastebin detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pastebin.api-key': {
    positive: [
      `PASTEBIN_API_KEY=«${fake(B62, 32, 'pasteb1')}»`,
      `pastebin_api_key: «${fake(B62, 32, 'pasteb2')}»`,
      `const pastebinApiKey = '«${fake(B62, 32, 'pasteb3')}»';`,
    ],
    negative: [
      `PASTEBIN_API_KEY=${fake(B62, 28, 'short')}`,
      'PASTEBIN_API_KEY=your_pastebin_api_key',
      `API_KEY=${fake(B62, 32, 'pastebn')}`,
      'PASTEBIN_API_KEY=${PASTEBIN_API_KEY}',
    ],
  },
};
