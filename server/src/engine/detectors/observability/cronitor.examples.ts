/** Examples of the cronitor detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cronitor.api-key': {
    positive: [`CRONITOR_API_KEY=«${fake(HEX, 32, 'cronitor')}»`],
    negative: ['CRONITOR_API_KEY=${CRONITOR_API_KEY}', 'CRONITOR_ENVIRONMENT=production'],
  },
};
