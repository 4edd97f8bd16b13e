/** Examples of the monday detectors (test data: never imported by the runtime). */
import { alphabet, type ExampleTable, fake, fakeJwt } from '../kit/examples.js';

export const examples: ExampleTable = {
  'monday.api-token': {
    positive: [
      `MONDAY_API_TOKEN=«${fakeJwt({ tid: 123456789, aai: 11, uid: 424242, iad: '2024-01-01T00:00:00.000Z', per: 'me:write', actid: 777, rgn: 'use1' }, 'monday', { alg: 'HS256' })}»`,
    ],
    negative: [`MONDAY_BOARD_ID=${fake(alphabet('0-9'), 10, 'board')}`, 'MONDAY_API_TOKEN=eyJxxxx'],
  },
};
