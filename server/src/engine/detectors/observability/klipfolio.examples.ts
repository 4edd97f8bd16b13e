/** Examples of the klipfolio detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'klipfolio.api-key': {
    positive: [
      `KLIPFOLIO_API_KEY=«${fake(HEX, 40, 'klipfo1')}»`,
      `klipfolio_api_key: «${fake(HEX, 40, 'klipfo2')}»`,
      `const klipfolioApiKey = '«${fake(HEX, 40, 'klipfo3')}»';`,
    ],
    negative: [
      `KLIPFOLIO_API_KEY=${fake(HEX, 36, 'short')}`,
      'KLIPFOLIO_API_KEY=your_klipfolio_api_key',
      `API_KEY=${fake(HEX, 40, 'klipfon')}`,
      'KLIPFOLIO_API_KEY=${KLIPFOLIO_API_KEY}',
    ],
  },
};
