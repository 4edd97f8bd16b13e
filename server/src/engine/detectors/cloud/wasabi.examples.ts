/** Examples of the Wasabi detectors (test data: never imported by the runtime). */
import { B64, fake, fakeMixed, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'wasabi.secret-key': {
    positive: [`WASABI_ACCESS_KEY=${fake(UPPER_DIGITS, 19, 'wasabi-id')}7\nWASABI_SECRET_KEY=«${fakeMixed(B64, 40, 'wasabi')}»`],
    negative: ['WASABI_SECRET_KEY=${WASABI_SECRET_KEY}', `WASABI_ACCESS_KEY=${fake(UPPER_DIGITS, 19, 'wasabi-id2')}7`],
  },
};
