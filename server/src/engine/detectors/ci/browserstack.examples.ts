/** Examples of the BrowserStack detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'browserstack.access-key': {
    positive: [
      `BROWSERSTACK_ACCESS_KEY=«${fakeMixed(B62, 20, 'brow0a')}»`,
      `{ "browserstack_access_key": "«${fakeMixed(B62, 20, 'brow0b')}»" }`,
      `const browserstackAccessKey = '«${fakeMixed(B62, 20, 'brow0d')}»';`,
    ],
    negative: [
      `BROWSERSTACK_ACCESS_KEY=${fake(B62, 16, 'brow0c')}`,
      `BROWSERSTACK_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxx`,
      `BROWSERSTACK_ACCESS_KEY=${'$'}{BROWSERSTACK_ACCESS_KEY}`,
      `BROWSERSTACK_ACCOUNT_ID=${fakeMixed(B62, 20, 'brow0e')}`,
      `BROWSERSTACK_USERNAME=${fake(LOWER_DIGITS, 20, 'bsu')}`,
    ],
  },
};
