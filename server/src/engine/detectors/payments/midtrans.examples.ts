/** Examples of the midtrans detectors (test data: never imported by the runtime). */
import { B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'midtrans.server-key': {
    positive: [
      `MIDTRANS_SERVER_KEY=«Mid-server-${fake(B64URL, 24, 'mt1')}»`,
      `'server_key' => '«SB-Mid-server-${fake(B64URL, 24, 'mt2')}»',`,
    ],
    negative: [`MIDTRANS_CLIENT_KEY=Mid-client-${fake(B64URL, 16, 'mt3')}`, 'MIDTRANS_SERVER_KEY=Mid-server-<key>'],
  },
};
