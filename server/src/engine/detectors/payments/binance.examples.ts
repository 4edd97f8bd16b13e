/** Examples of the binance detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'binance.api-secret': {
    positive: [
      `BINANCE_API_KEY=${fake(B62, 64, 'bn1')}\nBINANCE_API_SECRET=«${fake(B62, 64, 'bn2')}»`,
      `{"binanceSecretKey": "«${fake(B62, 64, 'bn3')}»"}`,
    ],
    negative: [`BINANCE_API_KEY=${fake(B62, 64, 'bn4')}`, 'BINANCE_API_SECRET=your_secret_key'],
  },
};
