/** Examples of the chargebee detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'chargebee.api-key': {
    positive: [`CHARGEBEE_API_KEY=«live_${fake(B62, 34, 'cb1')}»`, `chargebee:\n  chargebee_api_key: "«test_${fake(B62, 32, 'cb2')}»"`],
    negative: ['CHARGEBEE_API_KEY=live_<api-key>', 'CHARGEBEE_SITE=ferrowind-test'],
  },
};
