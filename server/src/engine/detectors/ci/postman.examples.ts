/** Examples of the Postman detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'postman.api-key': {
    positive: [
      `POSTMAN_API_KEY=«PMAK-${fake(HEX, 24, 'pm1')}-${fake(HEX, 34, 'pm2')}»`,
      `curl -H "X-Api-Key: «PMAK-${fake(HEX, 24, 'pm3')}-${fake(HEX, 34, 'pm4')}»" https://api.getpostman.com/collections`,
    ],
    negative: [`POSTMAN_API_KEY=PMAK-${fake(HEX, 24, 'pm1')}`, `POSTMAN_API_KEY=PMAK-${'x'.repeat(24)}-${'x'.repeat(34)}`],
  },
};
