/** Examples of the Eden AI detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'edenai.api-key': {
    positive: [
      `EDENAI_API_KEY=«eyJ${fakeMixed(B64URL, 33, 'eden0a')}.eyJ${fakeMixed(B64URL, 89, 'eden0ap')}.${fakeMixed(B64URL, 43, 'eden0as')}»`,
      `{ "edenai_api_key": "«eyJ${fakeMixed(B64URL, 33, 'eden0b')}.eyJ${fakeMixed(B64URL, 89, 'eden0bp')}.${fakeMixed(B64URL, 43, 'eden0bs')}»" }`,
      `const edenaiApiKey = '«eyJ${fakeMixed(B64URL, 33, 'eden0d')}.eyJ${fakeMixed(B64URL, 89, 'eden0dp')}.${fakeMixed(B64URL, 43, 'eden0ds')}»';`,
    ],
    negative: [
      `EDENAI_API_KEY=eyJ${fakeMixed(B64URL, 33, 'eden0c')}.eyJ${fakeMixed(B64URL, 20, 'eden0cp')}.${fakeMixed(B64URL, 43, 'eden0cs')}`,
      `EDENAI_API_KEY=eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx`,
      `EDENAI_API_KEY=${'$'}{EDENAI_API_KEY}`,
      `EDENAI_ACCOUNT_ID=eyJ${fakeMixed(B64URL, 33, 'eden0e')}.eyJ${fakeMixed(B64URL, 89, 'eden0ep')}.${fakeMixed(B64URL, 43, 'eden0es')}`,
    ],
  },
};
