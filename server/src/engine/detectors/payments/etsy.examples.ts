/** Examples of the etsy detectors (test data: never imported by the runtime). */
import { fake, LOWER_DIGITS, fakeNumber as num, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'etsy.api-key': {
    positive: [`ETSY_API_KEY=«${fake(LOWER_DIGITS, 24, 'et1')}»`, `etsy_shared_secret: "«${fake(LOWER_DIGITS, 24, 'et2')}»"`],
    negative: ['ETSY_API_KEY=<keystring>', `ETSY_SHOP_ID=${num(8, 'et4')}`],
  },
};
