/** Examples of the Loops detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'loops.api-key': {
    positive: [`LOOPS_API_KEY=«${fake(HEX, 32, 'lo1')}»`, `{ loopsApiKey: "«${fake(HEX, 32, 'lo2')}»" }`],
    negative: ['LOOPS_API_KEY=<api-key>', 'max_loops_key = 12'],
  },
};
