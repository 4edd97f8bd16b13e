/** Examples of the honeycomb detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'honeycomb.ingest-key': {
    positive: [`HONEYCOMB_API_KEY=«hcaik_${fake(alphabet('a-z0-9'), 58, 'hc')}»`],
    negative: ['HONEYCOMB_API_KEY=hcaik_...'],
  },
  'honeycomb.api-key': {
    positive: [`HONEYCOMB_API_KEY=«${fake(B62, 22, 'hc-conf')}»`, `-H "X-Honeycomb-Team: «${fake(HEX, 32, 'hc-classic')}»"`],
    negative: ['HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}', 'HONEYCOMB_DATASET=ride-api-production'],
  },
};
