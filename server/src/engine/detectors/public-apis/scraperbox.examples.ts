/** Examples of the scraperbox detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scraperbox.api-key': {
    positive: [
      `SCRAPERBOX_API_KEY=«${fake(B62, 32, 'scraperbox1')}»`,
      `credentials:\n  scraper_box_token: "«${fake(B62, 32, 'scraperbox2')}»"`,
      `const scraperBoxSecret = '«${fake(B62, 32, 'scraperbox3')}»';`,
    ],
    negative: [
      `SCRAPERBOX_ACCOUNT_ID=${fake(B62, 32, 'scraperbox4')}`,
      `SCRAPERBOX_API_KEY=${fake(B62, 32, 'scraperbox5')}${fake(B62, 6, 'tail')}`,
      `# ScraperBox settings\nAPI_KEY=${fake(B62, 32, 'scraperbox6')}`,
      `SCRAPERBOX_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
