/** Examples of the Glassnode detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'glassnode.api-key': {
    positive: [
      `GLASSNODE_API_KEY=«${fakeMixed(B62, 27, 'glas0a')}»`,
      `{ "glassnode_api_key": "«${fakeMixed(B62, 27, 'glas0b')}»" }`,
      `const glassnodeApiKey = '«${fakeMixed(B62, 27, 'glas0d')}»';`,
    ],
    negative: [
      `GLASSNODE_API_KEY=${fake(B62, 23, 'glas0c')}`,
      `GLASSNODE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `GLASSNODE_API_KEY=${'$'}{GLASSNODE_API_KEY}`,
      `GLASSNODE_ACCOUNT_ID=${fakeMixed(B62, 27, 'glas0e')}`,
    ],
  },
};
