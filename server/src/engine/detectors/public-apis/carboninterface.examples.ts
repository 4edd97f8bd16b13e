/** Examples of the Carbon Interface detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'carboninterface.api-key': {
    positive: [
      `CARBONINTERFACE_API_KEY=«${fakeMixed(B62, 21, 'carb0a')}»`,
      `{ "carboninterface_api_key": "«${fakeMixed(B62, 21, 'carb0b')}»" }`,
      `const carboninterfaceApiKey = '«${fakeMixed(B62, 21, 'carb0d')}»';`,
    ],
    negative: [
      `CARBONINTERFACE_API_KEY=${fake(B62, 17, 'carb0c')}`,
      `CARBONINTERFACE_API_KEY=xxxxxxxxxxxxxxxxxxxxx`,
      `CARBONINTERFACE_API_KEY=${'$'}{CARBONINTERFACE_API_KEY}`,
      `CARBONINTERFACE_ACCOUNT_ID=${fakeMixed(B62, 21, 'carb0e')}`,
    ],
  },
};
