/** Examples of the ButterCMS detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'buttercms.api-token': {
    positive: [
      `BUTTERCMS_API_TOKEN=«${fake(LOWER_DIGITS, 40, 'butt0a')}»`,
      `{ "buttercms_api_token": "«${fake(LOWER_DIGITS, 40, 'butt0b')}»" }`,
      `const buttercmsApiToken = '«${fake(LOWER_DIGITS, 40, 'butt0d')}»';`,
    ],
    negative: [
      `BUTTERCMS_API_TOKEN=${fake(LOWER_DIGITS, 36, 'butt0c')}`,
      `BUTTERCMS_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `BUTTERCMS_API_TOKEN=${'$'}{BUTTERCMS_API_TOKEN}`,
      `BUTTERCMS_ACCOUNT_ID=${fake(LOWER_DIGITS, 40, 'butt0e')}`,
    ],
  },
};
