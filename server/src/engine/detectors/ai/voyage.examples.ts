/** Examples of the Voyage AI detectors (test data: never imported by the runtime). */
import { B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'voyage.api-key': {
    positive: [`VOYAGE_API_KEY=«pa-${fake(B64URL, 43, 'voy')}»`],
    negative: ['VOYAGE_API_KEY=${VOYAGE_API_KEY}', 'VOYAGE_MODEL=pa-voyage-3'],
  },
};
