/** Examples of the clerk detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'clerk.secret-key': {
    positive: [`CLERK_SECRET_KEY=«sk_live_${fake(B62, 42, 'clerk')}»`],
    negative: [
      'CLERK_SECRET_KEY=${CLERK_SECRET_KEY}',
      `STRIPE_SECRET_KEY=sk_live_${fake(B62, 42, 'stripe')}`,
      `CLERK_PUBLISHABLE_KEY=pk_live_${Buffer.from('clerk.ferrowind.com$').toString('base64')}`,
    ],
  },
};
