/** Examples of the scrapestack detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scrapestack.api-key': {
    positive: [
      `SCRAPESTACK_API_KEY=«${fake(B62, 32, 'scrapestack1')}»`,
      `credentials:\n  scrape_stack_token: "«${fake(B62, 32, 'scrapestack2')}»"`,
      `const scrapeStackSecret = '«${fake(B62, 32, 'scrapestack3')}»';`,
    ],
    negative: [
      `SCRAPESTACK_ACCOUNT_ID=${fake(B62, 32, 'scrapestack4')}`,
      `SCRAPESTACK_API_KEY=${fake(B62, 32, 'scrapestack5')}${fake(B62, 6, 'tail')}`,
      `# scrapestack settings\nAPI_KEY=${fake(B62, 32, 'scrapestack6')}`,
      `SCRAPESTACK_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
