/** Examples of the peopledatalabs detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'peopledatalabs.api-key': {
    positive: [
      `PDL_API_KEY=«${fake(LOWER_DIGITS, 64, 'people1')}»`,
      `pdl_api_key: «${fake(LOWER_DIGITS, 64, 'people2')}»`,
      `const pdlApiKey = '«${fake(LOWER_DIGITS, 64, 'people3')}»';`,
    ],
    negative: [
      `PDL_API_KEY=${fake(LOWER_DIGITS, 60, 'short')}`,
      'PDL_API_KEY=your_peopledatalabs_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 64, 'peoplen')}`,
      'PDL_API_KEY=${PDL_API_KEY}',
    ],
  },
};
