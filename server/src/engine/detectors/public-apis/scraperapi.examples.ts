/** Examples of the scraperapi detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scraperapi.api-key': {
    positive: [
      `SCRAPERAPI_KEY=«${fake(B62, 32, 'scraperapi1')}»`,
      `credentials:\n  scraper_api_token: "«${fake(B62, 32, 'scraperapi2')}»"`,
      `const scraperApiSecret = '«${fake(B62, 32, 'scraperapi3')}»';`,
    ],
    negative: [
      `SCRAPERAPI_ACCOUNT_ID=${fake(B62, 32, 'scraperapi4')}`,
      `SCRAPERAPI_KEY=${fake(B62, 32, 'scraperapi5')}${fake(B62, 6, 'tail')}`,
      `# ScraperAPI settings\nAPI_KEY=${fake(B62, 32, 'scraperapi6')}`,
      `SCRAPERAPI_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
