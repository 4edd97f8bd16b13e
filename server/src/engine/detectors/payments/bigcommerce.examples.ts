/** Examples of the bigcommerce detectors (test data: never imported by the runtime). */
import { fake, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'bigcommerce.access-token': {
    positive: [`BIGCOMMERCE_ACCESS_TOKEN=«${fake(LOWER_DIGITS, 31, 'bc1')}»`],
    negative: [`BIGCOMMERCE_STORE_HASH=${fake(LOWER_DIGITS, 10, 'bc2')}`, 'BIGCOMMERCE_ACCESS_TOKEN=<token>'],
  },
};
