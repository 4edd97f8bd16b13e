/** Examples of the reddit detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'reddit.client-secret': {
    positive: [
      `REDDIT_CLIENT_SECRET=«${fake(B64URL, 27, 'rd')}»`,
      `reddit = praw.Reddit(client_id="x", reddit_secret="«${fake(B64URL, 30, 'rd2')}»")`,
    ],
    negative: [`REDDIT_CLIENT_ID=${fake(B64URL, 22, 'rdid')}`, 'REDDIT_CLIENT_SECRET=your_reddit_client_secret'],
  },
};
