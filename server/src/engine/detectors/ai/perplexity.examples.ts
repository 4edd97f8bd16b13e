/** Examples of the Perplexity detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'perplexity.api-key': {
    positive: [`PERPLEXITY_API_KEY=«pplx-${fake(B62, 48, 'pplx')}»`, `PPLX_KEY="«pplx-${fake(HEX, 48, 'pplx-hex')}»"`],
    negative: ['PERPLEXITY_API_KEY=pplx-...', `pplx-${fake(B62, 12, 'short')}`],
  },
};
