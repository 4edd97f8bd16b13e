/** Examples of the recurly detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'recurly.api-key': {
    positive: [`RECURLY_API_KEY=«${fake(HEX, 32, 're1')}»`, `recurly_private_key: '«${fake(HEX, 32, 're2')}»'`],
    // Public keys (ewr1-…) are meant for browsers.
    negative: [`RECURLY_PUBLIC_KEY=ewr1-${fake(B62, 22, 're3')}`, 'RECURLY_API_KEY=<private-api-key>'],
  },
};
