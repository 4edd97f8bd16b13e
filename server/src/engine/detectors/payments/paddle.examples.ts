/** Examples of the paddle detectors (test data: never imported by the runtime). */
import { B62, fake, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'paddle.api-key': {
    positive: [
      `PADDLE_API_KEY=«pdl_live_apikey_${fake(LOWER_DIGITS, 26, 'pd1')}_${fake(B62, 22, 'pd2')}»`,
      `paddle = Client("«pdl_sdbx_apikey_${fake(LOWER_DIGITS, 26, 'pd3')}_${fake(B62, 22, 'pd4')}»")`,
    ],
    negative: [`PADDLE_CLIENT_TOKEN=live_${fake(LOWER_DIGITS, 27, 'pd5')}`, 'PADDLE_API_KEY=pdl_live_apikey_<key>'],
  },
};
