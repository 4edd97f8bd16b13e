/** Examples of the dailymotion detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'dailymotion.api-secret': {
    positive: [`DAILYMOTION_API_SECRET=«${fake(HEX, 40, 'dm')}»`],
    negative: [`DAILYMOTION_API_KEY=${fake(HEX, 20, 'dmk')}`],
  },
};
