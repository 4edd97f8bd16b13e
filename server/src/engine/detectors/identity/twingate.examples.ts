/** Examples of the twingate detectors (test data: never imported by the runtime). */
import { alphabet, B64URL, type ExampleTable, fake, fakeJwt } from '../kit/examples.js';

export const examples: ExampleTable = {
  'twingate.api-key': {
    positive: [
      `TWINGATE_API_KEY=«${fake(B64URL, 64, 'twingate')}»`,
      `TWINGATE_ACCESS_TOKEN=«${fakeJwt({ ntw: 'ferrowind', aid: fake(alphabet('0-9'), 6, 'aid'), ver: '4' }, 'tg')}»`,
    ],
    negative: ['TWINGATE_API_KEY=${TWINGATE_API_KEY}', 'TWINGATE_NETWORK=ferrowind'],
  },
};
