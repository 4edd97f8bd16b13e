/** Examples of the rollbar detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'rollbar.access-token': {
    positive: [
      `ROLLBAR_API_KEY=«${fake(HEX, 32, 'rollbar')}»`,
      `curl -H "X-Rollbar-Access-Token: «${fake(HEX, 32, 'rollbar2')}»" https://api.rollbar.com/api/1/items`,
    ],
    negative: ['ROLLBAR_API_KEY=${ROLLBAR_API_KEY}', `ROLLBAR_CODE_VERSION=${fake(HEX, 40, 'sha')}`],
  },
};
