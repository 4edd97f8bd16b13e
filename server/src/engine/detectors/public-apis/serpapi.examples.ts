/** Examples of the serpapi detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'serpapi.api-key': {
    positive: [
      `SERPAPI_KEY=«${fake(HEX, 64, 'serpapi1')}»`,
      `credentials:\n  serp_api_token: "«${fake(HEX, 64, 'serpapi2')}»"`,
      `const serpApiSecret = '«${fake(HEX, 64, 'serpapi3')}»';`,
    ],
    negative: [
      `SERPAPI_ACCOUNT_ID=${fake(HEX, 64, 'serpapi4')}`,
      `SERPAPI_KEY=${fake(HEX, 64, 'serpapi5')}${fake(B62, 6, 'tail')}`,
      `# SerpApi settings\nAPI_KEY=${fake(HEX, 64, 'serpapi6')}`,
      `SERPAPI_KEY=0000000000000000000000000000000000000000000000000000000000000000`,
    ],
  },
};
