/** Examples of the scrapeowl detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scrapeowl.api-key': {
    positive: [
      `SCRAPEOWL_API_KEY=«${fake(B62, 30, 'scrapeowl1')}»`,
      `credentials:\n  scrape_owl_token: "«${fake(B62, 30, 'scrapeowl2')}»"`,
      `const scrapeOwlSecret = '«${fake(B62, 30, 'scrapeowl3')}»';`,
    ],
    negative: [
      `SCRAPEOWL_ACCOUNT_ID=${fake(B62, 30, 'scrapeowl4')}`,
      `SCRAPEOWL_API_KEY=${fake(B62, 30, 'scrapeowl5')}${fake(B62, 6, 'tail')}`,
      `# ScrapeOwl settings\nAPI_KEY=${fake(B62, 30, 'scrapeowl6')}`,
      `SCRAPEOWL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
