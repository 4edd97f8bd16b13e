/** Examples of the shodan detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'shodan.api-key': {
    positive: [`SHODAN_API_KEY=«${fake(B62, 32, 'sho')}»`, `api = shodan.Shodan(shodan_key := "«${fake(B62, 32, 'sho2')}»")`],
    negative: ['SHODAN_API_KEY=<key>', `SHODAN_API_KEY=${'a1'.repeat(16)}`],
  },
};
