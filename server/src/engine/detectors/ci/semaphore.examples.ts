/** Examples of the Semaphore CI detectors (test data: never imported by the runtime). */
import { fake, HEX, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'semaphore.api-token': {
    positive: [`SEMAPHORE_API_TOKEN=«${fake(LOWER_DIGITS, 24, 'sem1')}»`, `semaphore_token: "«${fake(LOWER_DIGITS, 32, 'sem2')}»"`],
    negative: ['SEMAPHORE_API_TOKEN=${SEMAPHORE_API_TOKEN}', `SEMAPHORE_GIT_SHA=${fake(HEX, 40, 'sha')}`],
  },
};
