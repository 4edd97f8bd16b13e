/** Examples of the tickettailor detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeNumber, HEX } from '../kit/examples.js';

const keyOf = (salt: string) => `sk_${fakeNumber(4, `${salt}a`)}_${fakeNumber(6, `${salt}b`)}_${fake(HEX, 32, salt)}`;

export const examples: ExampleTable = {
  'tickettailor.api-key': {
    positive: [`TICKET_TAILOR_API_KEY=«${keyOf('tt1')}»`, `auth = ("«${keyOf('tt2')}»", "")`],
    negative: [
      `STRIPE_SECRET_KEY=sk_test_${fake(HEX, 32, 'stripe')}`,
      `TICKET_TAILOR_API_KEY=sk_${fakeNumber(4, 'x')}_${fakeNumber(6, 'y')}_${'x'.repeat(32)}`,
      `TICKET_TAILOR_API_KEY=sk_${fakeNumber(4, 'x')}_${fakeNumber(6, 'y')}_${fake(HEX, 20, 'short')}`,
    ],
  },
};
