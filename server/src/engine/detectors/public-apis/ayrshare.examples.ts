/** Examples of the Ayrshare detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ayrshare.api-key': {
    positive: [
      `AYRSHARE_API_KEY=«${fake(UPPER_DIGITS, 8, 'ayrs0a0')}-${fake(UPPER_DIGITS, 8, 'ayrs0a1')}-${fake(UPPER_DIGITS, 8, 'ayrs0a2')}-${fake(UPPER_DIGITS, 8, 'ayrs0a3')}»`,
      `{ "ayrshare_api_key": "«${fake(UPPER_DIGITS, 8, 'ayrs0b0')}-${fake(UPPER_DIGITS, 8, 'ayrs0b1')}-${fake(UPPER_DIGITS, 8, 'ayrs0b2')}-${fake(UPPER_DIGITS, 8, 'ayrs0b3')}»" }`,
      `const ayrshareApiKey = '«${fake(UPPER_DIGITS, 8, 'ayrs0d0')}-${fake(UPPER_DIGITS, 8, 'ayrs0d1')}-${fake(UPPER_DIGITS, 8, 'ayrs0d2')}-${fake(UPPER_DIGITS, 8, 'ayrs0d3')}»';`,
    ],
    negative: [
      `AYRSHARE_API_KEY=${fake(UPPER_DIGITS, 8, 'ayrs0c0')}-${fake(UPPER_DIGITS, 8, 'ayrs0c1')}-${fake(UPPER_DIGITS, 8, 'ayrs0c2')}`,
      `AYRSHARE_API_KEY=XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX`,
      `AYRSHARE_API_KEY=${'$'}{AYRSHARE_API_KEY}`,
      `AYRSHARE_ACCOUNT_ID=${fake(UPPER_DIGITS, 8, 'ayrs0e0')}-${fake(UPPER_DIGITS, 8, 'ayrs0e1')}-${fake(UPPER_DIGITS, 8, 'ayrs0e2')}-${fake(UPPER_DIGITS, 8, 'ayrs0e3')}`,
    ],
  },
};
