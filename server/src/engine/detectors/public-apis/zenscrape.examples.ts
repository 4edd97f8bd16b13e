/** Examples of the zenscrape detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zenscrape.api-key': {
    positive: [
      `ZENSCRAPE_API_KEY=«${fakeUuid('zenscrape1')}»`,
      `credentials:\n  zen_scrape_token: "«${fakeUuid('zenscrape2')}»"`,
      `const zenScrapeSecret = '«${fakeUuid('zenscrape3')}»';`,
    ],
    negative: [
      `ZENSCRAPE_ACCOUNT_ID=${fakeUuid('zenscrape4')}`,
      `ZENSCRAPE_API_KEY=${fakeUuid('zenscrape5')}${fake(B62, 6, 'tail')}`,
      `# Zenscrape settings\nAPI_KEY=${fakeUuid('zenscrape6')}`,
      'ZENSCRAPE_API_KEY=${ZENSCRAPE_API_KEY}',
    ],
  },
};
