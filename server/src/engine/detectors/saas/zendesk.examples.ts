/** Examples of the Zendesk detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zendesk.api-token': {
    positive: [
      `ZENDESK_API_TOKEN=«${fakeMixed(B62, 40, 'zend0a')}»`,
      `{ "zendesk_api_token": "«${fakeMixed(B62, 40, 'zend0b')}»" }`,
      `const zendeskApiToken = '«${fakeMixed(B62, 40, 'zend0d')}»';`,
    ],
    negative: [
      `ZENDESK_API_TOKEN=${fake(B62, 36, 'zend0c')}`,
      `ZENDESK_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `ZENDESK_API_TOKEN=${'$'}{ZENDESK_API_TOKEN}`,
      `ZENDESK_ACCOUNT_ID=${fakeMixed(B62, 40, 'zend0e')}`,
    ],
  },
};
