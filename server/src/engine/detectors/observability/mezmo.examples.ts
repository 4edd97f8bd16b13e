/** Examples of the mezmo detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mezmo.ingestion-key': {
    positive: [`LOGDNA_API_KEY=«${fake(HEX, 32, 'mezmo')}»`],
    negative: ['LOGDNA_API_KEY=${LOGDNA_API_KEY}', 'MEZMO_HOSTNAME=web-1'],
  },
};
