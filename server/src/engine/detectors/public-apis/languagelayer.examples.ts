/** Examples of the languagelayer detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'languagelayer.api-key': {
    positive: [
      `LANGUAGELAYER_API_KEY=«${fake(LOWER_DIGITS, 32, 'langua1')}»`,
      `languagelayer_api_key: «${fake(LOWER_DIGITS, 32, 'langua2')}»`,
      `const languagelayerApiKey = '«${fake(LOWER_DIGITS, 32, 'langua3')}»';`,
    ],
    negative: [
      `LANGUAGELAYER_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'LANGUAGELAYER_API_KEY=your_languagelayer_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'languan')}`,
      'LANGUAGELAYER_API_KEY=${LANGUAGELAYER_API_KEY}',
    ],
  },
};
