/** Examples of the paymongo detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'paymongo.api-key': {
    positive: [
      `PAYMONGO_API_KEY=«${`sk_live_${fake(B62, 24, 'paymon1')}`}»`,
      `paymongo_api_key: «${`sk_live_${fake(B62, 24, 'paymon2')}`}»`,
      `const paymongoApiKey = '«${`sk_live_${fake(B62, 24, 'paymon3')}`}»';`,
    ],
    negative: [
      `PAYMONGO_API_KEY=${`sk_live_${fake(B62, 20, 'short')}`}`,
      'PAYMONGO_API_KEY=your_paymongo_api_key',
      `API_KEY=${`sk_live_${fake(B62, 24, 'paymonn')}`}`,
      `PAYMONGO_PUBLIC_KEY=pk_live_${fake(B62, 24, 'paymongo-pk')}`,
    ],
  },
};
