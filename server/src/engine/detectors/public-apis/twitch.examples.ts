/** Examples of the twitch detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'twitch.client-secret': {
    positive: [
      `TWITCH_CLIENT_SECRET=«${fake(LOWER_DIGITS, 30, 'twitch1')}»`,
      `credentials:\n  twitch_token: "«${fake(LOWER_DIGITS, 30, 'twitch2')}»"`,
      `const twitchSecret = '«${fake(LOWER_DIGITS, 30, 'twitch3')}»';`,
    ],
    negative: [
      `TWITCH_CLIENT_ID=${fake(LOWER_DIGITS, 30, 'twitch4')}`,
      `TWITCH_CLIENT_SECRET=${fake(LOWER_DIGITS, 30, 'twitch5')}${fake(B62, 6, 'tail')}`,
      `# Twitch settings\nAPI_KEY=${fake(LOWER_DIGITS, 30, 'twitch6')}`,
      `TWITCH_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
