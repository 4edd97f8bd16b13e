/** Examples of the Stability AI detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'stability.api-key': {
    positive: [`STABILITY_API_KEY=«sk-${fake(B62, 48, 'stab')}»`],
    negative: ['STABILITY_API_KEY=${STABILITY_API_KEY}', 'STABILITY_LEVEL=sk-high'],
  },
};
