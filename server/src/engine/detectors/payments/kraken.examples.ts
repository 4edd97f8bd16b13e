/** Examples of the kraken detectors (test data: never imported by the runtime). */
import { B64, fake, fakeBytes, toBase64, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'kraken.api-secret': {
    positive: [`KRAKEN_API_KEY=${fake(B64, 56, 'kr1')}\nKRAKEN_PRIVATE_KEY=«${toBase64(fakeBytes(64, 'kr2'))}»`],
    negative: ['KRAKEN_PRIVATE_KEY=<private-key>', `KRAKEN_API_KEY=${fake(B64, 56, 'kr3')}`],
  },
};
