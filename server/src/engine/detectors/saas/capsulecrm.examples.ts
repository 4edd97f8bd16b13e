/** Examples of the Capsule CRM detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'capsulecrm.api-token': {
    positive: [
      `CAPSULECRM_API_TOKEN=«${fakeMixed(B62, 64, 'caps0a')}»`,
      `{ "capsulecrm_api_token": "«${fakeMixed(B62, 64, 'caps0b')}»" }`,
      `const capsulecrmApiToken = '«${fakeMixed(B62, 64, 'caps0d')}»';`,
    ],
    negative: [
      `CAPSULECRM_API_TOKEN=${fakeMixed(B62, 50, 'caps0c')}`,
      `CAPSULECRM_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CAPSULECRM_API_TOKEN=${'$'}{CAPSULECRM_API_TOKEN}`,
      `CAPSULECRM_ACCOUNT_ID=${fakeMixed(B62, 64, 'caps0e')}`,
    ],
  },
};
