/** Examples of the uptimerobot detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'uptimerobot.api-key': {
    positive: [`UPTIMEROBOT_API_KEY=«u${fake(alphabet('0-9'), 7, 'ur-id')}-${fake(B62, 24, 'ur')}»`],
    negative: ['UPTIMEROBOT_API_KEY=u1234567-xxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
