/** Examples of the pinterest detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pinterest.access-token': {
    positive: [`PINTEREST_ACCESS_TOKEN=«pina_${fake(B64URL, 120, 'pin')}»`],
    negative: ['PINTEREST_ACCESS_TOKEN=pina_<token>', `pina_${fake(B64URL, 10, 'short')}`],
  },
};
