/** Examples of the axiom detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'axiom.token': {
    positive: [`AXIOM_TOKEN=«xaat-${fakeUuid('axiom')}»`, `axiom_token = "«xapt-${fakeUuid('axiom2')}»"`],
    negative: ['AXIOM_TOKEN=xaat-...'],
  },
};
