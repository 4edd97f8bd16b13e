/** Examples of the wolfram detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'wolfram.app-id': {
    positive: [`WOLFRAM_APP_ID=«${fake(UPPER_DIGITS, 6, 'wa')}-${fake(UPPER_DIGITS, 10, 'wa2')}»`],
    negative: ['WOLFRAM_APP_ID=DEMO', 'WOLFRAM_APP_ID=XXXXXX-XXXXXXXXXX'],
  },
};
