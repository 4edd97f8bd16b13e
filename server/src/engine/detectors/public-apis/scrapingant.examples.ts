/** Examples of the scrapingant detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scrapingant.api-key': {
    positive: [
      `SCRAPINGANT_API_KEY=«${fake(B62, 32, 'scrapingant1')}»`,
      `credentials:\n  scraping_ant_token: "«${fake(B62, 32, 'scrapingant2')}»"`,
      `const scrapingAntSecret = '«${fake(B62, 32, 'scrapingant3')}»';`,
    ],
    negative: [
      `SCRAPINGANT_ACCOUNT_ID=${fake(B62, 32, 'scrapingant4')}`,
      `SCRAPINGANT_API_KEY=${fake(B62, 32, 'scrapingant5')}${fake(B62, 6, 'tail')}`,
      `# ScrapingAnt settings\nAPI_KEY=${fake(B62, 32, 'scrapingant6')}`,
      `SCRAPINGANT_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
