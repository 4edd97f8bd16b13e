/** Examples of the pdflayer detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pdflayer.api-key': {
    positive: [
      `PDFLAYER_API_KEY=«${fake(LOWER_DIGITS, 32, 'pdflay1')}»`,
      `pdflayer_api_key: «${fake(LOWER_DIGITS, 32, 'pdflay2')}»`,
      `const pdflayerApiKey = '«${fake(LOWER_DIGITS, 32, 'pdflay3')}»';`,
    ],
    negative: [
      `PDFLAYER_API_KEY=${fake(LOWER_DIGITS, 30, 'short')}`,
      'PDFLAYER_API_KEY=your_pdflayer_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'pdflayn')}`,
      'PDFLAYER_API_KEY=${PDFLAYER_API_KEY}',
    ],
  },
};
