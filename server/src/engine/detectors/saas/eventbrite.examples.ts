/** Examples of the Eventbrite detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'eventbrite.private-token': {
    positive: [
      `EVENTBRITE_PRIVATE_TOKEN=«${fake(UPPER_DIGITS, 20, 'even0a')}»`,
      `{ "eventbrite_private_token": "«${fake(UPPER_DIGITS, 20, 'even0b')}»" }`,
      `const eventbritePrivateToken = '«${fake(UPPER_DIGITS, 20, 'even0d')}»';`,
    ],
    negative: [
      `EVENTBRITE_PRIVATE_TOKEN=${fake(UPPER_DIGITS, 16, 'even0c')}`,
      `EVENTBRITE_PRIVATE_TOKEN=XXXXXXXXXXXXXXXXXXXX`,
      `EVENTBRITE_PRIVATE_TOKEN=${'$'}{EVENTBRITE_PRIVATE_TOKEN}`,
      `EVENTBRITE_ACCOUNT_ID=${fake(UPPER_DIGITS, 20, 'even0e')}`,
    ],
  },
};
