/** Examples of the twitter detectors (test data: never imported by the runtime). */
import { alphabet, B62, DIGITS, type ExampleTable, fake } from '../kit/examples.js';

const twitterTail = (salt: string) =>
  `${fake(alphabet('B-Z'), 1, salt)}${fake(B62, 50, `${salt}1`)}%2B${fake(B62, 14, `${salt}2`)}%3D${fake(B62, 40, `${salt}3`)}`;

export const examples: ExampleTable = {
  'twitter.bearer-token': {
    positive: [
      `TWITTER_BEARER_TOKEN=«${'A'.repeat(21)}${twitterTail('tw')}»`,
      `curl -H "Authorization: Bearer «${'A'.repeat(22)}${twitterTail('tw2')}»" https://api.x.com/2/tweets`,
    ],
    negative: [`padding = "${'A'.repeat(120)}"`, `TWITTER_BEARER_TOKEN=${'A'.repeat(21)}${fake(B62, 20, 'short')}`],
  },
  'twitter.api-key': {
    positive: [`TWITTER_API_KEY=«${fake(B62, 25, 'twk')}»`, `twitter_consumer_key: "«${fake(B62, 25, 'twk2')}»"`],
    negative: ['TWITTER_API_KEY=your_twitter_api_key_here', `TWITTER_API_KEY_SECRET=${fake(B62, 50, 'tws')}`],
  },
  'twitter.api-secret': {
    positive: [`TWITTER_API_KEY_SECRET=«${fake(B62, 50, 'tws')}»`, `twitterConsumerSecret = '«${fake(B62, 50, 'tws2')}»'`],
    negative: ['TWITTER_API_SECRET=${TWITTER_SECRET}', `TWITTER_API_SECRET=${fake(B62, 25, 'half')}`],
  },
  'twitter.access-token': {
    positive: [`TWITTER_ACCESS_TOKEN=«${fake(DIGITS, 19, 'twa')}-${fake(B62, 40, 'twa2')}»`],
    negative: [`TWITTER_ACCESS_TOKEN_SECRET=${fake(B62, 45, 'twas')}`, 'TWITTER_ACCESS_TOKEN=123-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'twitter.access-token-secret': {
    positive: [`TWITTER_ACCESS_TOKEN_SECRET=«${fake(B62, 45, 'twas')}»`, `"twitter_access_secret": "«${fake(B62, 45, 'twas2')}»"`],
    negative: ['TWITTER_ACCESS_TOKEN_SECRET=<secret>', `TWITTER_ACCESS_TOKEN=${fake(DIGITS, 19, 'x')}-${fake(B62, 40, 'y')}`],
  },
};
