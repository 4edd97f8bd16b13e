/** Examples of the Elastic Email detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'elasticemail.api-key': {
    positive: [
      `ELASTICEMAIL_API_KEY=«${fakeMixed(B64URL, 96, 'elas0a')}»`,
      `{ "elasticemail_api_key": "«${fakeMixed(B64URL, 96, 'elas0b')}»" }`,
      `const elasticemailApiKey = '«${fakeMixed(B64URL, 96, 'elas0d')}»';`,
    ],
    negative: [
      `ELASTICEMAIL_API_KEY=${fake(B64URL, 92, 'elas0c')}`,
      `ELASTICEMAIL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `ELASTICEMAIL_API_KEY=${'$'}{ELASTICEMAIL_API_KEY}`,
      `ELASTICEMAIL_ACCOUNT_ID=${fakeMixed(B64URL, 96, 'elas0e')}`,
    ],
  },
};
