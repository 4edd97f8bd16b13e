/** Examples of the clickup detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'clickup.pat': {
    positive: [
      `CLICKUP_API_TOKEN=«pk_${fake(alphabet('0-9'), 8, 'cu-id')}_${fake(alphabet('A-Z0-9'), 32, 'cu')}»`,
      `headers: { Authorization: "«pk_${fake(alphabet('0-9'), 7, 'cu-id2')}_${fake(alphabet('A-Z0-9'), 32, 'cu2')}»" }`,
    ],
    negative: [
      `STRIPE_PUBLISHABLE_KEY=pk_live_${fake(B62, 24, 'stripe')}`,
      'CLICKUP_API_TOKEN=pk_12345678_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    ],
  },
};
