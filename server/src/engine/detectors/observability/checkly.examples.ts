/** Examples of the checkly detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'checkly.api-key': {
    positive: [`CHECKLY_API_KEY=«cu_${fake(HEX, 32, 'checkly')}»`],
    negative: ['CHECKLY_API_KEY=cu_...'],
  },
};
