/** Examples of the amplitude detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'amplitude.secret-key': {
    positive: [`AMPLITUDE_SECRET_KEY=«${fake(HEX, 32, 'amp')}»`],
    negative: ['AMPLITUDE_SECRET_KEY=${AMPLITUDE_SECRET_KEY}', `AMPLITUDE_API_KEY=${fake(HEX, 32, 'amp-public')}`],
  },
};
