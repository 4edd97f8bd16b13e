/** Examples of the lemlist detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'lemlist.api-key': {
    positive: [
      `LEMLIST_API_KEY=«${fake(HEX, 32, 'lemlis1')}»`,
      `lemlist_api_key: «${fake(HEX, 32, 'lemlis2')}»`,
      `const lemlistApiKey = '«${fake(HEX, 32, 'lemlis3')}»';`,
    ],
    negative: [
      `LEMLIST_API_KEY=${fake(HEX, 28, 'short')}`,
      'LEMLIST_API_KEY=your_lemlist_api_key',
      `API_KEY=${fake(HEX, 32, 'lemlisn')}`,
      'LEMLIST_API_KEY=${LEMLIST_API_KEY}',
    ],
  },
};
