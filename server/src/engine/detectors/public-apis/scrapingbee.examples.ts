/** Examples of the scrapingbee detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scrapingbee.api-key': {
    positive: [
      `SCRAPINGBEE_API_KEY=«${fake(B62, 80, 'scrapingbee1')}»`,
      `credentials:\n  scraping_bee_token: "«${fake(B62, 80, 'scrapingbee2')}»"`,
      `const scrapingBeeSecret = '«${fake(B62, 80, 'scrapingbee3')}»';`,
    ],
    negative: [
      `SCRAPINGBEE_ACCOUNT_ID=${fake(B62, 80, 'scrapingbee4')}`,
      `SCRAPINGBEE_API_KEY=${fake(B62, 80, 'scrapingbee5')}${fake(B62, 6, 'tail')}`,
      `# ScrapingBee settings\nAPI_KEY=${fake(B62, 80, 'scrapingbee6')}`,
      `SCRAPINGBEE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
