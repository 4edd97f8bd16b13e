/** Examples of the Harness detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'harness.api-key': {
    positive: [
      `HARNESS_API_KEY=«pat.${fake(B64URL, 22, 'h1')}.${fake(B62, 24, 'h2')}.${fake(B62, 20, 'h3')}»`,
      `x-api-key: «sat.${fake(B64URL, 22, 'h4')}.${fake(B62, 24, 'h5')}.${fake(B62, 20, 'h6')}»`,
    ],
    negative: [`HARNESS_API_KEY=pat.${fake(B64URL, 22, 'h1')}.${fake(B62, 24, 'h2')}`, 'see pat.md for details'],
  },
};
