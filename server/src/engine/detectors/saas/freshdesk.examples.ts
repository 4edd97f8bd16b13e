/** Examples of the Freshdesk detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'freshdesk.api-key': {
    positive: [
      `FRESHDESK_API_KEY=«${fakeMixed(B62, 20, 'fres0a')}»`,
      `{ "freshdesk_api_key": "«${fakeMixed(B62, 20, 'fres0b')}»" }`,
      `const freshdeskApiKey = '«${fakeMixed(B62, 20, 'fres0d')}»';`,
    ],
    negative: [
      `FRESHDESK_API_KEY=${fake(B62, 16, 'fres0c')}`,
      `FRESHDESK_API_KEY=xxxxxxxxxxxxxxxxxxxx`,
      `FRESHDESK_API_KEY=${'$'}{FRESHDESK_API_KEY}`,
      `FRESHDESK_ACCOUNT_ID=${fakeMixed(B62, 20, 'fres0e')}`,
    ],
  },
};
