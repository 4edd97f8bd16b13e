/** Examples of the Vultr detectors (test data: never imported by the runtime). */
import { fake, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'vultr.api-key': {
    positive: [
      `VULTR_API_KEY=«${fake(UPPER_DIGITS, 35, 'vultr')}Q»`,
      `provider "vultr" {\n  api_key     = "«${fake(UPPER_DIGITS, 35, 'vultr2')}Q»"\n  rate_limit  = 100\n}`,
    ],
    negative: ['VULTR_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `VULTR_API_KEY=${fake(UPPER_DIGITS, 20, 'short')}`],
  },
};
