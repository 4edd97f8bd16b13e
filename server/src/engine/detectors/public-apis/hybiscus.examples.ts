/** Examples of the Hybiscus detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'hybiscus.api-key': {
    positive: [
      `HYBISCUS_API_KEY=«${fakeMixed(B62, 43, 'hybi0a')}»`,
      `{ "hybiscus_api_key": "«${fakeMixed(B62, 43, 'hybi0b')}»" }`,
      `const hybiscusApiKey = '«${fakeMixed(B62, 43, 'hybi0d')}»';`,
    ],
    negative: [
      `HYBISCUS_API_KEY=${fake(B62, 39, 'hybi0c')}`,
      `HYBISCUS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `HYBISCUS_API_KEY=${'$'}{HYBISCUS_API_KEY}`,
      `HYBISCUS_ACCOUNT_ID=${fakeMixed(B62, 43, 'hybi0e')}`,
    ],
  },
};
