/** Examples of the trello detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX, HEX_UPPER } from '../kit/examples.js';

export const examples: ExampleTable = {
  'trello.token': {
    positive: [
      `TRELLO_TOKEN=«ATTA${fake(HEX, 64, 'trello')}${fake(HEX_UPPER, 8, 'trello-crc')}»`,
      `trello.com/1/members/me?key=${fake(HEX, 32, 'tk')}&token=«ATTA${fake(HEX, 64, 'trello2')}${fake(HEX_UPPER, 8, 'trello2-crc')}»`,
    ],
    negative: ['Please see the attached ATTACHMENT file', `ATTA${fake(HEX, 20, 'short')}`],
  },
  'trello.legacy-token': {
    positive: [`TRELLO_TOKEN=«${fake(HEX, 64, 'trl')}»`, `trello_secret: "«${fake(HEX, 64, 'trl2')}»"`],
    negative: [`TRELLO_API_KEY=${fake(HEX, 32, 'key')}`, `TRELLO_TOKEN=${'0'.repeat(64)}`],
  },
};
