/** Examples of the RunPod detectors (test data: never imported by the runtime). */
import { fake, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'runpod.api-key': {
    positive: [`RUNPOD_API_KEY=«rpa_${fake(UPPER_DIGITS, 40, 'rp')}»`],
    negative: ['RUNPOD_API_KEY=rpa_...'],
  },
};
