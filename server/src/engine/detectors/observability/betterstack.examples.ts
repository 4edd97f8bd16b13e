/** Examples of the betterstack detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'betterstack.token': {
    positive: [`BETTERSTACK_API_KEY=«${fake(B62, 24, 'bs')}»`],
    negative: ['BETTERSTACK_API_KEY=${BETTERSTACK_API_KEY}', 'LOGTAIL_HOST=in.logs.betterstack.com'],
  },
};
