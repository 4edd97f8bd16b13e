/** Examples of the Twitch application detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'twitch.client-secret': {
    positive: [
      `TWITCH_CLIENT_SECRET=«${fake(LOWER_DIGITS, 30, 'twit0a')}»`,
      `{ "twitch_client_secret": "«${fake(LOWER_DIGITS, 30, 'twit0b')}»" }`,
      `const twitchClientSecret = '«${fake(LOWER_DIGITS, 30, 'twit0d')}»';`,
    ],
    negative: [
      `TWITCH_CLIENT_SECRET=${fake(LOWER_DIGITS, 26, 'twit0c')}`,
      `TWITCH_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `TWITCH_CLIENT_SECRET=${'$'}{TWITCH_CLIENT_SECRET}`,
      `TWITCH_ACCOUNT_ID=${fake(LOWER_DIGITS, 30, 'twit0e')}`,
      `TWITCH_CLIENT_ID=${fake(LOWER_DIGITS, 30, 'twid')}`,
    ],
  },
  'twitch.access-token': {
    positive: [
      `TWITCH_ACCESS_TOKEN=«${fake(LOWER_DIGITS, 30, 'twit1a')}»`,
      `{ "twitch_access_token": "«${fake(LOWER_DIGITS, 30, 'twit1b')}»" }`,
      `const twitchAccessToken = '«${fake(LOWER_DIGITS, 30, 'twit1d')}»';`,
    ],
    negative: [
      `TWITCH_ACCESS_TOKEN=${fake(LOWER_DIGITS, 26, 'twit1c')}`,
      `TWITCH_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `TWITCH_ACCESS_TOKEN=${'$'}{TWITCH_ACCESS_TOKEN}`,
      `TWITCH_ACCOUNT_ID=${fake(LOWER_DIGITS, 30, 'twit1e')}`,
    ],
  },
};
