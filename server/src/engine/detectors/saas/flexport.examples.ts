/** Examples of the Flexport detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'flexport.api-key': {
    positive: [
      `FLEXPORT_API_KEY=«shltm_${fakeMixed(B64URL, 40, 'flex0a')}»`,
      `{ "flexport_api_key": "«shltm_${fakeMixed(B64URL, 40, 'flex0b')}»" }`,
    ],
    negative: [`FLEXPORT_API_KEY=shltm_${fake(B64URL, 36, 'flex0c')}`, `FLEXPORT_API_KEY=shltm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`],
  },
};
