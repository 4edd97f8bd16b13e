/** Examples of the kucoin detectors (test data: never imported by the runtime). */
import { fake, fakeUuid, HEX, fakeNumber as num, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'kucoin.api-secret': {
    positive: [
      `KUCOIN_API_KEY=${fake(HEX, 24, 'ku1')}\nKUCOIN_API_SECRET=«${fakeUuid('ku2')}»\nKUCOIN_API_PASSPHRASE=hunter-${num(4, 'ku3')}`,
    ],
    negative: [`KUCOIN_API_KEY=${fake(HEX, 24, 'ku4')}`, 'KUCOIN_API_SECRET=<api-secret>'],
  },
};
