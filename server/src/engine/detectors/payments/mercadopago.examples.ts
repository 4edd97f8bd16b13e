/** Examples of the mercadopago detectors (test data: never imported by the runtime). */
import { fake, fakeUuid, HEX, fakeNumber as num, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mercadopago.access-token': {
    positive: [
      `MERCADOPAGO_ACCESS_TOKEN=«APP_USR-${num(16, 'mp1')}-${num(6, 'mp2')}-${fake(HEX, 32, 'mp3')}-${num(9, 'mp4')}»`,
      `sdk = mercadopago.SDK("«TEST-${num(16, 'mp5')}-${num(6, 'mp6')}-${fake(HEX, 32, 'mp7')}-${num(9, 'mp8')}»")`,
    ],
    negative: [`MERCADOPAGO_PUBLIC_KEY=APP_USR-${fakeUuid('mp9')}`, 'MERCADOPAGO_ACCESS_TOKEN=APP_USR-<token>'],
  },
};
