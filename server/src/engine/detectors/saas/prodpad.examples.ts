/** Examples of the prodpad detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'prodpad.api-key': {
    positive: [
      `PRODPAD_API_KEY=«${fake(HEX, 64, 'prodpa1')}»`,
      `prodpad_api_key: «${fake(HEX, 64, 'prodpa2')}»`,
      `const prodpadApiKey = '«${fake(HEX, 64, 'prodpa3')}»';`,
    ],
    negative: [
      `PRODPAD_API_KEY=${fake(HEX, 60, 'short')}`,
      'PRODPAD_API_KEY=your_prodpad_api_key',
      `API_KEY=${fake(HEX, 64, 'prodpan')}`,
      'PRODPAD_API_KEY=${PRODPAD_API_KEY}',
    ],
  },
};
