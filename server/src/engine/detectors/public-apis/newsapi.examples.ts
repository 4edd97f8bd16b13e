/** Examples of the newsapi detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'newsapi.api-key': {
    positive: [
      `NEWSAPI_KEY=«${fake(HEX, 32, 'news')}»`,
      `requests.get("https://newsapi.org/v2/top-headlines?country=fr&apiKey=«${fake(HEX, 32, 'news2')}»")`,
    ],
    negative: ['NEWS_API_KEY=<your-newsapi-key>'],
  },
};
