/** Examples of the defined detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'defined.api-token': {
    positive: [`DN_API_KEY=«dnkey-${fake(UPPER_DIGITS, 26, 'dn1')}-${fake(UPPER_DIGITS, 52, 'dn2')}»`],
    negative: ['DN_API_KEY=dnkey-...'],
  },
};
